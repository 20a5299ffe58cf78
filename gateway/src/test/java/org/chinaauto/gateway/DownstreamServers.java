package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Three real HTTP servers on dynamic ports standing in for market-, exports- and deliveries-service, with
 * answers shaped like theirs (synthetic values). Tests make them slow, failing or unreachable.
 */
public class DownstreamServers implements QuarkusTestResourceLifecycleManager {

    static final Map<String, WireMockServer> SERVERS = new LinkedHashMap<>();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String name : new String[] { "market", "exports", "deliveries" }) {
            WireMockServer server = new WireMockServer(options().dynamicPort());
            server.start();
            SERVERS.put(name, server);
            PORTS.put(name, server.port());
            config.put("gateway.downstream." + name + ".url", "http://localhost:" + server.port());
        }
        return config;
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
    }

    static WireMockServer server(String name) {
        return SERVERS.get(name);
    }

    /** Takes a server down: its port refuses connections until {@link #restart}. */
    static void takeDown(String name) {
        server(name).stop();
    }

    static void restart(String name) {
        WireMockServer old = server(name);
        if (!old.isRunning()) {
            WireMockServer fresh = new WireMockServer(options().port(PORTS.get(name)));
            fresh.start();
            SERVERS.put(name, fresh);
        }
    }

    /** Healthy answers for every endpoint the gateway calls, each after {@code delayMs}. */
    static void healthy(int delayMs) {
        SERVERS.keySet().forEach(DownstreamServers::restart);
        SERVERS.values().forEach(WireMockServer::resetAll);
        stub("market", "/api/summary", delayMs, """
                {"period":"2030-05","publishers":[{"publisher":"synthetic-publisher",
                 "production":{"value":2000,"unit":"vehicles","derived":false},
                 "sales":{"value":1000,"unit":"vehicles","derived":false},
                 "nev_production":{"value":900,"unit":"vehicles","derived":false},
                 "nev_sales":{"value":500,"unit":"vehicles","derived":true,"derivation":"difference"}}]}""");
        stub("market", "/api/figures", delayMs, """
                {"items":[{"measure":"sales","segment":"nev","period":"2030-05","publisher":"synthetic-publisher","value":500,"unit":"vehicles"},
                          {"measure":"sales","segment":"all","period":"2030-05","publisher":"synthetic-publisher","value":1000,"unit":"vehicles"}],
                 "page":0,"size":1000,"total":2}""");
        stub("exports", "/api/reconciliation", delayMs, """
                {"period":"2030-05","powertrain":"all","destination":"WORLD","figures":[
                 {"publisher":"synthetic-a","definition":"synthetic-def-a","value":100},
                 {"publisher":"synthetic-b","definition":"synthetic-def-b","value":110,"qualifier":"nearly"}],"gaps":[]}""");
        stub("exports", "/api/figures", delayMs, """
                {"items":[{"powertrain":"all","destination":"WORLD","period":"2030","publisher":"synthetic-a","definition":"synthetic-def-a","value":100}],
                 "page":0,"size":1000,"total":1}""");
        stub("deliveries", "/api/rankings", delayMs, """
                {"period":"2030-05","level":"brand","total":300,"entries":[
                 {"rank":1,"slug":"synthetic-brand-001","name":"Synthetic Brand 001","deliveries":200,"share_pct":66.67,"publisher":"synthetic-maker"},
                 {"rank":2,"slug":"synthetic-brand-002","name":"Synthetic Brand 002","deliveries":100,"share_pct":33.33,"publisher":"synthetic-maker"}]}""");
        stub("deliveries", "/api/rollups", delayMs, """
                [{"group":"synthetic-group","name":"Synthetic Group","period":"2030-05","publisher":"synthetic-group",
                  "reported_total":400,"attributed":300,"not_attributed":100,"inconsistent":false,
                  "members":[{"brand":"synthetic-brand-001","deliveries":200},{"brand":"synthetic-brand-002","deliveries":100}]}]""");
        stub("deliveries", "/api/deliveries", delayMs, """
                {"items":[{"subject":"synthetic-brand-001","period":"2030-05","publisher":"synthetic-maker","deliveries":200}],
                 "page":0,"size":1000,"total":1}""");
    }

    static void stub(String name, String path, int delayMs, String json) {
        server(name).stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(delayMs).withBody(json)));
    }
}
