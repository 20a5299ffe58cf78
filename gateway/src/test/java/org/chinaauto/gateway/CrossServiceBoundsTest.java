package org.chinaauto.gateway;

import static io.restassured.RestAssured.given;
import static org.chinaauto.testing.Estimates.estimate;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What the gateway computes from several services is computed on the bounds of its inputs, and not at all when
 * the inputs cover different periods.
 */
@QuarkusTest
class CrossServiceBoundsTest extends FreshGatewayTest {

    static final String BRAND_SHARE = "sections.cross_service.data.brand_share_of_nev_sales";

    @Test
    void aBrandsShareOfNevSalesIsComputedOnTheBoundsOfBoth() {
        nevSales("2030-05");
        DownstreamServers.deliveriesOverview(0, """
                {"period":"2030-05","level":"brand","as_of":null,"vintage":null,"complete":true,
                 "total":{"value":1500000,"low":1500000,"high":1500000},"entries":[
                 {"rank":1,"slug":"synthetic-brand-001","name":"Synthetic Brand 001","deliveries":1500000,
                  "low":1500000,"high":1500000,"share_pct":{"value":100,"low":100,"high":100},
                  "publisher":"synthetic-maker","complete":true,"months_missing":[]}]}""");
        // 1,500,000 of 14,000,000 to 15,000,000: 10% to 10.71%, shown as the midpoint
        given().get("/api/overview?period=2030-05").then().statusCode(200)
                .body(BRAND_SHARE + ".available", equalTo(true))
                .body(BRAND_SHARE + ".entries[0].deliveries.value", equalTo(1500000))
                .body(BRAND_SHARE + ".entries[0].nev_sales.value", equalTo(15000000))
                .body(BRAND_SHARE + ".entries[0].nev_sales.low", equalTo(14000000))
                .body(BRAND_SHARE + ".entries[0].nev_sales.high", equalTo(15000000))
                .body(BRAND_SHARE + ".entries[0].share_pct.low", equalTo(10))
                .body(BRAND_SHARE + ".entries[0].share_pct.high", equalTo(10.71f))
                .body(BRAND_SHARE + ".entries[0].share_pct.value", equalTo(10.36f))
                .body(BRAND_SHARE + ".entries[0]", not(hasKey("approximate")))
                .body(BRAND_SHARE + ".entries[0]", not(hasKey("not_computed")));
    }

    @Test
    void noBrandShareIsComputedFromOneMonthOfDeliveriesOverElevenMonthsOfSales() {
        nevSales("2030-01/2030-11");
        DownstreamServers.deliveriesOverview(0, """
                {"period":"2030-01/2030-11","level":"brand","as_of":null,"vintage":null,"complete":false,"total":null,
                 "entries":[
                 {"rank":1,"slug":"synthetic-brand-001","name":"Synthetic Brand 001","deliveries":70000,"low":70000,
                  "high":70000,"share_pct":null,"publisher":"synthetic-maker","complete":false,
                  "months_missing":["2030-01","2030-02","2030-03","2030-04","2030-05","2030-06","2030-07","2030-08",
                                    "2030-09","2030-10"]}]}""");
        given().get("/api/overview?period=2030-01/2030-11").then().statusCode(200)
                .body(BRAND_SHARE + ".available", equalTo(false))
                .body(BRAND_SHARE + ".reason", containsString("exactly the period"))
                .body(BRAND_SHARE + ".entries[0].share_pct", nullValue())
                .body(BRAND_SHARE + ".entries[0].deliveries.value", equalTo(70000))
                .body(BRAND_SHARE + ".entries[0].deliveries_months_missing", hasSize(10))
                .body(BRAND_SHARE + ".entries[0].not_computed", containsString("1 of the 11 months of 2030-01/2030-11"));
    }

    @Test
    void theGapsBetweenPublishersAreOnTheBoundsOfBoth() {
        // synthetic-a 100 (exact), synthetic-b "nearly 110" (100 to 110)
        given().get("/api/reconciliation?measure=exports&period=2030-05").then().statusCode(200)
                .body("figures[0]", estimate(100, 100, 100))
                .body("figures[1].low", equalTo(100))
                .body("figures[1].high", equalTo(110))
                .body("figures[1].stated_as", equalTo("nearly 110"))
                // the report and sentence a figure was read from, where it names them
                .body("figures[1].report_id", equalTo(12))
                .body("figures[1].quote", equalTo("Exports were nearly 110 in May."))
                .body("figures[0]", not(hasKey("report_id")))
                .body("gaps", hasSize(1))
                .body("gaps[0].publisher_a", equalTo("synthetic-a"))
                .body("gaps[0].publisher_b", equalTo("synthetic-b"))
                .body("gaps[0].same_definition", equalTo(false))
                .body("gaps[0].gap", estimate(5, 0, 10))
                .body("gaps[0].gap_pct", estimate(5, 0, 10))
                .body("gaps[0]", not(hasKey("difference")))
                .body("gaps[0]", not(hasKey("approximate")));
    }

    @Test
    void aBrandProfileSharesMonthByMonthOnBoundsAndPassesTargetProgressThrough() {
        given().get("/api/brands/synthetic-brand-001?year=2030").then().statusCode(200)
                .body("complete", equalTo(true))
                .body("sections.nev_market_share.data.points", hasSize(2))
                .body("sections.nev_market_share.data.points[0].period", equalTo("2030-04"))
                .body("sections.nev_market_share.data.points[0].share_pct", nullValue())
                // 200 deliveries of NEV sales of 400 to 500: 40% to 50%
                .body("sections.nev_market_share.data.points[1].deliveries.value", equalTo(200))
                .body("sections.nev_market_share.data.points[1].nev_sales.low", equalTo(400))
                .body("sections.nev_market_share.data.points[1].share_pct", estimate(45, 40, 50))
                // months are missing: deliveries-service gives "at least", no percentage, and so does the view
                .body("sections.targets.status", equalTo("complete"))
                .body("sections.targets.data.delivered_at_least", equalTo(200))
                .body("sections.targets.data.progress_pct", nullValue())
                .body("sections.targets.data.current.value", equalTo(1000));
    }

    /** CAAM-like NEV sales "nearly 15 million" (14,000,000 to 15,000,000) for {@code period}. */
    private static void nevSales(String period) {
        DownstreamServers.stub("market", "/api/summary", 0, """
                {"period":"%s","as_of":null,"vintage":null,"publishers":[{"publisher":"synthetic-publisher",
                 "nev_sales":{"value":15000000,"low":14000000,"high":15000000,"unit":"vehicles","qualifier":"nearly",
                              "precision":1000000,"stated_as":"nearly 15 million","derived":false}}]}""".formatted(period));
    }
}
