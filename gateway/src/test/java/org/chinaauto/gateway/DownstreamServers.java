package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Three real HTTP servers on dynamic ports standing in for market-, exports- and deliveries-service, with
 * answers shaped like theirs (synthetic values). Tests make them slow, failing or unreachable. Every answer they
 * serve is checked against the service's document ({@link StubContract}).
 */
public class DownstreamServers implements QuarkusTestResourceLifecycleManager {

    static final Map<String, WireMockServer> SERVERS = new LinkedHashMap<>();
    private static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    /**
     * exports-service's reconciliation: synthetic-a is exact (low = high = value); synthetic-b "nearly 110" (100 to 110),
     * read from report 12.
     */
    static final String RECONCILIATION = """
            {"period":"2030-05","powertrain":"all","destination":"WORLD","as_of":null,"vintage":null,"figures":[
             {"publisher":"synthetic-a","definition":"synthetic-def-a","value":100,"low":100,"high":100},
             {"publisher":"synthetic-b","definition":"synthetic-def-b","value":110,"low":100,"high":110,
              "qualifier":"nearly","precision":10,"stated_as":"nearly 110","report_id":12,
              "quote":"Exports were nearly 110 in May."}],
             "gaps":[{"publisher_a":"synthetic-a","publisher_b":"synthetic-b","same_definition":false,
                      "gap":{"value":5,"low":0,"high":10},"gap_pct":{"value":5,"low":0,"high":10}}]}""";

    /** exports-service's overview: the reconciliation of all powertrains and of NEVs at once. */
    static final String EXPORTS_OVERVIEW = """
            {"all":%s,"nev":%s}""".formatted(RECONCILIATION, RECONCILIATION);

    /** deliveries-service's brand ranking of 2030-05. */
    static final String RANKING = """
            {"period":"2030-05","level":"brand","as_of":null,"vintage":null,"total":{"value":300,"low":300,"high":300},
             "complete":true,"entries":[
             {"rank":1,"slug":"synthetic-brand-001","name":"Synthetic Brand 001","deliveries":200,"low":200,"high":200,
              "share_pct":{"value":66.67,"low":66.67,"high":66.67},"publisher":"synthetic-maker","complete":true,
              "months_missing":[],"report_id":21,"quote":"Brand 001 delivered 200.","report_ids":[21]},
             {"rank":2,"slug":"synthetic-brand-002","name":"Synthetic Brand 002","deliveries":100,"low":100,"high":100,
              "share_pct":{"value":33.33,"low":33.33,"high":33.33},"publisher":"synthetic-maker","complete":true,
              "months_missing":[]}]}""";

    /** deliveries-service's group roll-ups of 2030-05. */
    static final String ROLLUPS = """
            [{"group":"synthetic-group","name":"Synthetic Group","period":"2030-05","as_of":null,"vintage":null,
              "publisher":"synthetic-group","reported_total":{"value":400,"low":400,"high":400},
              "attributed":{"value":300,"low":300,"high":300},"not_attributed":{"value":100,"low":100,"high":100},
              "not_attributed_pct":{"value":25,"low":25,"high":25},"inconsistent":false,
              "members":[{"brand":"synthetic-brand-001","deliveries":200,"low":200,"high":200},
                         {"brand":"synthetic-brand-002","deliveries":100,"low":100,"high":100}],
              "members_without_figures":[]}]""";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String name : new String[] { "market", "exports", "deliveries" }) {
            WireMockServer server = new WireMockServer(
                    options().dynamicPort().extensions(new StubContract(name + "-service")));
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
            WireMockServer fresh = new WireMockServer(
                    options().port(PORTS.get(name)).extensions(new StubContract(name + "-service")));
            fresh.start();
            SERVERS.put(name, fresh);
        }
    }

    /**
     * Healthy answers for every endpoint the gateway calls, each after {@code delayMs}, in the services' shapes:
     * figures with {@code low} and {@code high} (null = unbounded), derived numbers as {@code {value, low, high}}.
     */
    static void healthy(int delayMs) {
        SERVERS.keySet().forEach(DownstreamServers::restart);
        SERVERS.values().forEach(WireMockServer::resetAll);
        stub("market", "/api/summary", delayMs, """
                {"period":"2030-05","as_of":null,"vintage":null,"publishers":[{"publisher":"synthetic-publisher",
                 "production":{"value":2000,"low":2000,"high":2000,"unit":"vehicles","derived":false},
                 "sales":{"value":1000,"low":1000,"high":1000,"unit":"vehicles","derived":false},
                 "nev_production":{"value":900,"low":900,"high":900,"unit":"vehicles","derived":false},
                 "nev_sales":{"value":500,"low":500,"high":500,"unit":"vehicles","derived":true,"derivation":"difference"},
                 "nev_share":{"computed":{"pct":50,"low":50,"high":50,"formula":"nev_sales / sales * 100"}}}]}""");
        // NEV sales "nearly 500" (400 to 500) of 1,000 sales: a computed share of 40% to 50%, which the reported 52%
        // lies outside of
        stub("market", "/api/figures", delayMs, """
                {"items":[{"measure":"sales","segment":"nev","period":"2030-05","publisher":"synthetic-publisher",
                           "value":500,"low":400,"high":500,"qualifier":"nearly","precision":100,"stated_as":"nearly 500",
                           "unit":"vehicles","definition":"synthetic NEV sales","attribution":"named",
                           "published_on":"2030-06-15","source":"SYN report 2030-06","report_id":3,
                           "quote":"NEV sales were nearly 500 in May."},
                          {"measure":"sales","segment":"all","period":"2030-05","publisher":"synthetic-publisher",
                           "value":1000,"low":1000,"high":1000,"unit":"vehicles","report_id":4},
                          {"measure":"sales_share","segment":"nev","period":"2030-05","publisher":"synthetic-publisher",
                           "value":52,"low":51.95,"high":52.05,"unit":"percent","stated_as":"52%"}],
                 "page":0,"size":1000,"has_more":false,"as_of":null,"vintage":null}""");
        stub("market", "/api/series", delayMs, """
                {"measure":"sales","segment":"nev","publisher":"CAAM","units":"lin","from":"2030-01","to":"2030-12",
                 "as_of":null,"vintage":null,"points":[
                 {"period":"2030-04","value":null,"low":null,"high":null,"derived":false},
                 {"period":"2030-05","value":500,"low":400,"high":500,"derived":false}]}""");
        stub("exports", "/api/reconciliation", delayMs, RECONCILIATION);
        stub("exports", "/api/overview", delayMs, EXPORTS_OVERVIEW);
        // "over 100", unbounded above
        stub("exports", "/api/figures", delayMs, """
                {"items":[{"powertrain":"all","destination":"WORLD","period":"2030","publisher":"synthetic-a",
                           "definition":"synthetic-def-a","value":100,"low":100,"high":null,"qualifier":"over"}],
                 "page":0,"size":1000,"has_more":false,"as_of":null,"vintage":null}""");
        deliveriesOverview(delayMs, RANKING);
        stub("market", "/api/calendar", delayMs, calendar("synthetic-publisher", "sales", "late", 6));
        stub("exports", "/api/calendar", delayMs, calendar("synthetic-a", "exports", "due", 0));
        stub("deliveries", "/api/calendar", delayMs, calendar("synthetic-maker", "deliveries", "on_time", 0));
        stub("deliveries", "/api/deliveries", delayMs, """
                {"items":[{"subject":"synthetic-brand-001","period":"2030-05","publisher":"synthetic-maker",
                           "deliveries":200,"low":200,"high":200}],
                 "page":0,"size":1000,"has_more":false,"as_of":null,"vintage":null}""");
        stub("deliveries", "/api/brands/synthetic-brand-001", delayMs, """
                {"slug":"synthetic-brand-001","name":"Synthetic Brand 001","maker":"synthetic-maker","memberships":[]}""");
        stub("deliveries", "/api/brands/synthetic-brand-001/history", delayMs, """
                {"brand":"synthetic-brand-001","name":"Synthetic Brand 001","from":"2030-01","to":"2030-12",
                 "as_of":null,"vintage":null,"points":[
                 {"period":"2030-04","deliveries":null,"low":null,"high":null},
                 {"period":"2030-05","deliveries":200,"low":200,"high":200,"publisher":"synthetic-maker"}]}""");
        stub("deliveries", "/api/brands/synthetic-brand-001/targets", delayMs, """
                {"brand":"synthetic-brand-001","year":2030,"as_of":null,"vintage":null,
                 "current":{"revision":1,"value":1000,"low":1000,"high":1000},
                 "delivered_to_date":null,"delivered_at_least":200,"through":"2030-05",
                 "months_missing":["2030-01","2030-02","2030-03","2030-04"],"complete":false,"progress_pct":null}""");
    }

    /**
     * A service's release calendar of 2030-05-20 with one synthetic publisher's series: {@code status} with its days late
     * (April expected from 10 to 14 May).
     */
    static String calendar(String publisher, String series, String status, int daysLate) {
        return """
                {"today":"2030-05-20","as_of":null,"vintage":null,"entries":[
                 {"publisher":"%s","series":"%s","frequency":"monthly","last_period":"2030-03",
                  "last_published":"2030-04-12","last_published_on":"2030-04-12","next_period":"2030-04",
                  "expected_from":"2030-05-10","due_by":"2030-05-14","grace_days":3,"status":"%s","days_late":%d,
                  "basis":"SYN basis","notes":null}]}""".formatted(publisher, series, status, daysLate);
    }

    /** deliveries-service's overview of a period: {@code ranking} (as /api/rankings answers) and the usual roll-ups. */
    static void deliveriesOverview(int delayMs, String ranking) {
        stub("deliveries", "/api/overview", delayMs, """
                {"ranking":%s,"rollups":%s}""".formatted(ranking, ROLLUPS));
    }

    /** A service's problem answer (RFC 9457, as the services write it). */
    static String problem(int status, String title, String detail) {
        return """
                {"type":"https://chinaauto.org/problems/synthetic","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(title, status, detail);
    }

    static void stub(String name, String path, int delayMs, String json) {
        server(name).stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withFixedDelay(delayMs).withBody(json)));
    }
}
