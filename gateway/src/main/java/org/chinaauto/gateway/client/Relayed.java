package org.chinaauto.gateway.client;

/**
 * A downstream reply relayed through the gateway as it is: status, body, content type and, on a 401, the
 * service's {@code WWW-Authenticate} challenge (null otherwise), which tells the caller what credentials it wants.
 */
public record Relayed(int status, byte[] body, String contentType, String challenge) {
}
