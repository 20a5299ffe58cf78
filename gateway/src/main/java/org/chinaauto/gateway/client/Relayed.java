package org.chinaauto.gateway.client;

/** A downstream reply relayed through the gateway as it is: status, body and content type. */
public record Relayed(int status, byte[] body, String contentType) {
}
