package org.chinaauto.e2e;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chinaauto.local.SuiteRunner;

import io.restassured.path.json.JsonPath;

/**
 * A write operation of a data service as its OpenAPI document lists it, reached at {@code url} {@code via} the
 * service itself or the gateway's pass-through, with a synthetic load that only authentication can refuse and a read that shows
 * whether the load was written.
 */
record WriteOperation(String via, String service, String method, String path, String url, String serviceUrl,
        SyntheticLoad load) {

    /** A valid body for one endpoint, and a read (relative to the service root) whose answer changes when it is written. */
    record SyntheticLoad(String contentType, String body, String probe) {
    }

    private static final List<String> WRITE_METHODS = List.of("post", "put", "patch", "delete");

    /** One synthetic load per known write endpoint, by service and path; an endpoint not listed here fails the test. */
    static final Map<String, SyntheticLoad> LOADS = Map.of(
            "market-service POST /api/figures", new SyntheticLoad("text/csv",
                    "measure,segment,period,publisher,value\nsales,all,2031-01,SYN-AUTH,1\n",
                    "/api/figures?publisher=SYN-AUTH"),
            "exports-service POST /api/figures", new SyntheticLoad("text/csv",
                    "powertrain,destination,period,publisher,definition,value\nall,WORLD,2031,SYN-AUTH,syn-definition,1\n",
                    "/api/figures?powertrain=all&destination=WORLD&publisher=SYN-AUTH"),
            "deliveries-service POST /api/brands", new SyntheticLoad("application/json",
                    "[{\"slug\":\"syn-auth-brand\",\"name\":\"SYN Auth Brand\",\"carmaker\":\"syn-carmaker\"}]",
                    "/api/brands/syn-auth-brand"),
            "deliveries-service POST /api/groups", new SyntheticLoad("application/json",
                    "[{\"slug\":\"syn-auth-group\",\"name\":\"SYN Auth Group\"}]",
                    "/api/groups/syn-auth-group"),
            "deliveries-service POST /api/deliveries", new SyntheticLoad("text/csv",
                    "subject,period,publisher,deliveries\naito,2031-01,SYN-AUTH,1\n",
                    "/api/deliveries?publisher=SYN-AUTH"),
            "deliveries-service POST /api/targets", new SyntheticLoad("text/csv",
                    "brand,year,revision,value,publisher\naito,2031,1,1000,SYN-AUTH\n",
                    "/api/brands/aito/targets?year=2031"),
            "market-service POST /api/calendar/schedules", schedule("sales"),
            "exports-service POST /api/calendar/schedules", schedule("exports"),
            "deliveries-service POST /api/calendar/schedules", schedule("deliveries"));

    /** A release schedule of a synthetic publisher for one of the service's series. */
    private static SyntheticLoad schedule(String series) {
        return new SyntheticLoad("text/csv", "publisher,series,window_from_day,due_day,grace_days,basis\nSYN-AUTH,"
                + series + ",10,14,2,Synthetic schedule\n", "/api/calendar/schedules");
    }

    String name() {
        return via + " " + method + " " + path;
    }

    /**
     * Every write operation of every data service, from its OpenAPI document, each reached directly and through the
     * gateway's pass-through ({@code /api/services/<service>/...}).
     */
    static List<WriteOperation> enumerate(SuiteRunner suite) {
        List<WriteOperation> found = new ArrayList<>();
        for (String service : List.of("market-service", "exports-service", "deliveries-service")) {
            String base = suite.url(service);
            JsonPath doc = given().get(base + "/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
            Map<String, Map<String, Object>> paths = doc.getMap("paths");
            paths.forEach((path, operations) -> operations.keySet().stream().filter(WRITE_METHODS::contains)
                    .forEach(method -> {
                        String key = service + " " + method.toUpperCase() + " " + path;
                        SyntheticLoad load = LOADS.get(key);
                        String concrete = path.replaceAll("\\{[^}]+}", "syn-auth");
                        found.add(new WriteOperation(service, service, method.toUpperCase(), path, base + concrete, base, load));
                        String gatewayPath = "/api/services/" + service.replace("-service", "")
                                + concrete.substring("/api".length());
                        found.add(new WriteOperation("gateway", service, method.toUpperCase(), gatewayPath,
                                suite.url("gateway") + gatewayPath, base, load));
                    }));
        }
        return found;
    }
}
