package org.chinaauto.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Presents the gateway's read token ({@code gateway.read-token}) on its reads, for services whose reads require
 * authentication; nothing when none is configured.
 */
public class ReadToken implements ClientRequestFilter {

    private final String authorization = ConfigProvider.getConfig().getOptionalValue("gateway.read-token", String.class)
            .map(token -> "Bearer " + token).orElse(null);

    @Override
    public void filter(ClientRequestContext request) {
        if (authorization != null) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
