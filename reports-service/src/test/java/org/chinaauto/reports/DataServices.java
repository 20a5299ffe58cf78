package org.chinaauto.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The data services reports-service loads into, as one WireMock server: deliveries' catalogue (a synthetic brand in a
 * synthetic group) and the three bulk loads, each answering as a load does; tests reach it through {@link #server}.
 */
public class DataServices implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        answerAsUsual();
        String url = server.baseUrl();
        return Map.of("reports.services.market.url", url, "reports.services.exports.url", url,
                "reports.services.deliveries.url", url, "reports.services.market.timeout", "2S");
    }

    static void answerAsUsual() {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo("/api/brands")).willReturn(okJson("""
                {"items": [{"slug": "syn-volt", "name": "SYN Volt", "carmaker": "SYN Motors",
                  "memberships": [{"group": "syn-alliance", "from": null, "to": null}]},
                 {"slug": "syn-solo", "name": "SYN Solo", "carmaker": "SYN Solo", "memberships": []}],
                 "page": 0, "size": 1000, "has_more": false}""")));
        server.stubFor(get(urlPathEqualTo("/api/groups")).willReturn(okJson("""
                {"items": [{"slug": "syn-alliance", "name": "SYN Alliance", "leader": null, "notes": null,
                  "members": []}], "page": 0, "size": 1000, "has_more": false}""")));
        for (String resource : new String[] { "/api/figures", "/api/deliveries" }) {
            server.stubFor(post(urlPathEqualTo(resource)).willReturn(okJson("""
                    {"inserted": 1, "updated": 0, "unchanged": 0}""")));
        }
    }

    static void marketDown() {
        server.stubFor(post(urlPathEqualTo("/api/figures")).willReturn(aResponse()
                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
    }

    @Override
    public void stop() {
        server.stop();
    }
}
