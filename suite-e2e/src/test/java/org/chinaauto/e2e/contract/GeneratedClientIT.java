package org.chinaauto.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.chinaauto.client.deliveries.api.BrandsApi;
import org.chinaauto.client.deliveries.api.DeliveriesApi;
import org.chinaauto.client.deliveries.api.GroupsApi;
import org.chinaauto.client.deliveries.api.RankingsApi;
import org.chinaauto.client.exports.api.AnalysisApi;
import org.chinaauto.client.exports.model.Powertrain;
import org.chinaauto.client.gateway.api.ServicesApi;
import org.chinaauto.client.gateway.api.ViewsApi;
import org.chinaauto.client.gateway.model.Measure;
import org.chinaauto.client.market.api.SeriesApi;
import org.chinaauto.client.market.api.SummaryApi;
import org.chinaauto.client.market.model.Segment;
import org.chinaauto.contract.ApiContract;
import org.chinaauto.e2e.ClosedAfterAll;
import org.chinaauto.e2e.RunningSuite;
import org.chinaauto.e2e.SuiteContract;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.DeserializationFeature;

/**
 * The clients generated from the four committed documents call every read of the running suite (default dataset) and
 * read every answer into their models, properties the document does not name included as failures: a document that
 * does not describe the wire breaks a client built from it. The last test checks that no read went uncalled.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientIT {

    private static final String JAN_NOV_2025 = "2025-01/2025-11";

    @RegisterExtension
    static final ClosedAfterAll closing = new ClosedAfterAll();

    static SuiteRunner suite;
    static final Set<String> CALLED = new TreeSet<>();

    @BeforeAll
    static void start() throws Exception {
        suite = closing.add(RunningSuite.start());
    }

    /** Calls one read of {@code module}, named by its templated path, and counts it as called. */
    static <T> T read(String module, String template, Callable<T> call) throws Exception {
        T answer = call.call();
        CALLED.add(module + " GET " + template);
        return answer;
    }

    /** A text/csv answer, read as a string (the generated clients read JSON only). */
    static String csv(String module, String pathAndQuery) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(suite.url(module) + pathAndQuery)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        SuiteContract.record(answer);
        assertThat(answer.statusCode()).as(pathAndQuery).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        return answer.body();
    }

    @Test
    @Order(1)
    void marketReads() throws Exception {
        var client = new org.chinaauto.client.market.ApiClient();
        client.updateBaseUri(suite.url("market-service"));
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var summary = read("market-service", "/api/summary", () -> new SummaryApi(client).summaryResourceSummary(
                SummaryApi.APISummaryResourceSummaryRequest.newBuilder().period(JAN_NOV_2025).build()));
        var caam = summary.getPublishers().stream().filter(p -> "CAAM".equals(p.getPublisher())).findFirst().orElseThrow();
        assertThat(caam.getSales().getValue()).isEqualByComparingTo("31130000");
        assertThat(caam.getProduction().getValue()).isEqualByComparingTo("31230000");

        var figures = new org.chinaauto.client.market.api.FiguresApi(client);
        var page = read("market-service", "/api/figures", () -> figures.figureResourceList(
                org.chinaauto.client.market.api.FiguresApi.APIFigureResourceListRequest.newBuilder().measure(org.chinaauto.client.market.model.Measure.SALES)
                        .segment(Segment.ALL).period(JAN_NOV_2025).build()));
        assertThat(page.getItems()).anySatisfy(f -> assertThat(f.getValue()).isEqualByComparingTo("31130000"));
        var history = read("market-service", "/api/figures/history", () -> figures.figureResourceHistory(
                org.chinaauto.client.market.api.FiguresApi.APIFigureResourceHistoryRequest.newBuilder()
                        .measure(org.chinaauto.client.market.model.Measure.SALES).segment(Segment.ALL).period(JAN_NOV_2025).publisher("CAAM").build()));
        assertThat(history).isNotEmpty();
        var series = read("market-service", "/api/series", () -> new SeriesApi(client).seriesResourceSeries(
                SeriesApi.APISeriesResourceSeriesRequest.newBuilder().measure(org.chinaauto.client.market.model.Measure.SALES).segment(Segment.NEV).from("2025-01")
                        .to("2025-11").build()));
        assertThat(series.getPoints()).isNotEmpty();
        assertThat(csv("market-service", "/api/figures?format=csv&measure=sales&period=" + JAN_NOV_2025))
                .contains("31130000");
    }

    @Test
    @Order(2)
    void exportsReads() throws Exception {
        var client = new org.chinaauto.client.exports.ApiClient();
        client.updateBaseUri(suite.url("exports-service"));
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var analysis = new AnalysisApi(client);
        var growth = read("exports-service", "/api/growth", () -> analysis.analysisResourceGrowth(
                AnalysisApi.APIAnalysisResourceGrowthRequest.newBuilder().from("2020").to("2024").publisher("GACC")
                        .definition("customs-incl-chassis").build()));
        // 1.08 million (2020) to nearly 6.41 million (2024): a computed multiple of about 5.9
        assertThat(growth.getMultiple().getValue()).isBetween(new BigDecimal("5.8"), new BigDecimal("6.0"));
        read("exports-service", "/api/destinations", () -> analysis.analysisResourceDestinations(
                AnalysisApi.APIAnalysisResourceDestinationsRequest.newBuilder().period("2024").build()));
        read("exports-service", "/api/nev-share", () -> analysis.analysisResourceNevShare(
                AnalysisApi.APIAnalysisResourceNevShareRequest.newBuilder().period("2024").publisher("GACC").build()));
        read("exports-service", "/api/overview", () -> analysis.overviewResourceOverview(
                AnalysisApi.APIOverviewResourceOverviewRequest.newBuilder().period("2024").build()));
        read("exports-service", "/api/reconciliation", () -> analysis.analysisResourceReconciliation(
                AnalysisApi.APIAnalysisResourceReconciliationRequest.newBuilder().period("2024").build()));
        var figures = new org.chinaauto.client.exports.api.FiguresApi(client);
        var page = read("exports-service", "/api/figures", () -> figures.figureResourceList(
                org.chinaauto.client.exports.api.FiguresApi.APIFigureResourceListRequest.newBuilder().period("2024")
                        .build()));
        assertThat(page.getItems()).anySatisfy(f -> assertThat(f.getValue()).isEqualTo(5_860_000L));
        read("exports-service", "/api/figures/history", () -> figures.figureResourceHistory(
                org.chinaauto.client.exports.api.FiguresApi.APIFigureResourceHistoryRequest.newBuilder()
                        .powertrain(Powertrain.ALL).destination("WORLD").publisher("GACC").period("2024").build()));
        read("exports-service", "/api/series", () -> new org.chinaauto.client.exports.api.SeriesApi(client)
                .seriesResourceSeries(org.chinaauto.client.exports.api.SeriesApi.APISeriesResourceSeriesRequest
                        .newBuilder().from("2025-01").to("2025-11").build()));
        assertThat(csv("exports-service", "/api/figures?format=csv&period=2024")).contains("5860000");
    }

    @Test
    @Order(3)
    void deliveriesReads() throws Exception {
        var client = new org.chinaauto.client.deliveries.ApiClient();
        client.updateBaseUri(suite.url("deliveries-service"));
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var rankings = new RankingsApi(client);
        var ranking = read("deliveries-service", "/api/rankings", () -> rankings.rankingResourceRanking(
                RankingsApi.APIRankingResourceRankingRequest.newBuilder().period("2025-11").build()));
        assertThat(ranking.getEntries().get(0).getSlug()).isEqualTo("leapmotor");
        assertThat(ranking.getEntries().get(0).getDeliveries()).isEqualTo(70327L);
        read("deliveries-service", "/api/overview", () -> rankings.overviewResourceOverview(
                RankingsApi.APIOverviewResourceOverviewRequest.newBuilder().period("2025-11").build()));
        var groups = new GroupsApi(client);
        var rollup = read("deliveries-service", "/api/groups/{slug}/rollup", () -> groups.groupResourceRollup(
                GroupsApi.APIGroupResourceRollupRequest.newBuilder().slug("hima").period("2025-11").build()));
        assertThat(rollup.getReportedTotal().getValue()).isEqualByComparingTo("81864");
        assertThat(rollup.getNotAttributed().getValue()).isEqualByComparingTo("44568");
        read("deliveries-service", "/api/groups", () -> groups.groupResourceList(
                GroupsApi.APIGroupResourceListRequest.newBuilder().build()));
        read("deliveries-service", "/api/groups/{slug}", () -> groups.groupResourceGet(
                GroupsApi.APIGroupResourceGetRequest.newBuilder().slug("hima").build()));
        read("deliveries-service", "/api/rollups", () -> groups.rollupResourceRollups(
                GroupsApi.APIRollupResourceRollupsRequest.newBuilder().period("2025-11").build()));
        var brands = new BrandsApi(client);
        read("deliveries-service", "/api/brands", () -> brands.brandResourceList(
                BrandsApi.APIBrandResourceListRequest.newBuilder().build()));
        read("deliveries-service", "/api/brands/{slug}", () -> brands.brandResourceGet(
                BrandsApi.APIBrandResourceGetRequest.newBuilder().slug("aito").build()));
        read("deliveries-service", "/api/brands/{slug}/history", () -> brands.brandResourceHistory(
                BrandsApi.APIBrandResourceHistoryRequest.newBuilder().slug("aito").from("2025-01").to("2025-11")
                        .build()));
        read("deliveries-service", "/api/brands/{slug}/targets", () -> brands.brandResourceTargets(
                BrandsApi.APIBrandResourceTargetsRequest.newBuilder().slug("leapmotor").year(2025).build()));
        var deliveries = new DeliveriesApi(client);
        var page = read("deliveries-service", "/api/deliveries", () -> deliveries.deliveryResourceList(
                DeliveriesApi.APIDeliveryResourceListRequest.newBuilder().subject("aito").build()));
        assertThat(page.getItems()).anySatisfy(d -> assertThat(d.getDeliveries()).isEqualTo(18_827L));
        read("deliveries-service", "/api/deliveries/history", () -> deliveries.deliveryResourceHistory(
                DeliveriesApi.APIDeliveryResourceHistoryRequest.newBuilder().subject("leapmotor").period("2025-11")
                        .publisher("Leapmotor").build()));
        assertThat(csv("deliveries-service", "/api/deliveries?format=csv&subject=aito")).contains("18827");
    }

    @Test
    @Order(4)
    void gatewayReads() throws Exception {
        var client = new org.chinaauto.client.gateway.ApiClient();
        client.updateBaseUri(suite.url("gateway"));
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var views = new ViewsApi(client);
        var overview = read("gateway", "/api/overview", () -> views.viewResourceOverview(
                ViewsApi.APIViewResourceOverviewRequest.newBuilder().period(JAN_NOV_2025).build()));
        assertThat(overview.getComplete()).isTrue();
        read("gateway", "/api/brands/{slug}", () -> views.viewResourceBrand(
                ViewsApi.APIViewResourceBrandRequest.newBuilder().slug("leapmotor").build()));
        read("gateway", "/api/reconciliation", () -> views.viewResourceReconciliation(
                ViewsApi.APIViewResourceReconciliationRequest.newBuilder().measure(Measure.EXPORTS).period("2024").build()));
        read("gateway", "/api/timeline", () -> views.viewResourceTimeline(
                ViewsApi.APIViewResourceTimelineRequest.newBuilder().from("2025-01").to("2025-11").build()));
        Object relayed = read("gateway", "/api/services/{service}/{path}", () -> new ServicesApi(client)
                .relayGet(ServicesApi.APIRelayGetRequest.newBuilder().service("market")
                        .path("figures").build()));
        assertThat(String.valueOf(relayed)).contains("items");
        // reports-service's list, relayed: no report submitted in this suite, an empty list
        Object reports = read("gateway", "/api/services/reports/{path}", () -> new ServicesApi(client)
                .relayReportsGet(ServicesApi.APIRelayReportsGetRequest.newBuilder().path("reports").build()));
        assertThat(reports).isInstanceOf(java.util.List.class);
    }

    @Test
    @Order(4)
    void changeFeeds() throws Exception {
        // every data service's feed starts with the default dataset's figures, added
        for (String module : new String[] { "market-service", "exports-service", "deliveries-service" }) {
            String first = switch (module) {
                case "market-service" -> {
                    var client = new org.chinaauto.client.market.ApiClient();
                    client.updateBaseUri(suite.url(module));
                    client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
                    yield read(module, "/api/changes", () -> new org.chinaauto.client.market.api.ChangesApi(client)
                            .changeResourceChanges(org.chinaauto.client.market.api.ChangesApi.APIChangeResourceChangesRequest
                                    .newBuilder().limit(1).build())).getChanges().get(0).getType();
                }
                case "exports-service" -> {
                    var client = new org.chinaauto.client.exports.ApiClient();
                    client.updateBaseUri(suite.url(module));
                    client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
                    yield read(module, "/api/changes", () -> new org.chinaauto.client.exports.api.ChangesApi(client)
                            .changeResourceChanges(org.chinaauto.client.exports.api.ChangesApi.APIChangeResourceChangesRequest
                                    .newBuilder().limit(1).build())).getChanges().get(0).getType();
                }
                default -> {
                    var client = new org.chinaauto.client.deliveries.ApiClient();
                    client.updateBaseUri(suite.url(module));
                    client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
                    yield read(module, "/api/changes", () -> new org.chinaauto.client.deliveries.api.ChangesApi(client)
                            .changeResourceChanges(org.chinaauto.client.deliveries.api.ChangesApi.APIChangeResourceChangesRequest
                                    .newBuilder().limit(1).build())).getChanges().get(0).getType();
                }
            };
            assertThat(first).as(module).isEqualTo("org.chinaauto.figure.added");
        }
        var client = new org.chinaauto.client.gateway.ApiClient();
        client.updateBaseUri(suite.url("gateway"));
        client.setObjectMapper(client.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var merged = read("gateway", "/api/changes", () -> new org.chinaauto.client.gateway.api.ChangesApi(client)
                .changeResourcePage(org.chinaauto.client.gateway.api.ChangesApi.APIChangeResourcePageRequest.newBuilder()
                        .limit(3).build()));
        assertThat(merged.getChanges()).hasSize(3);
        assertThat(merged.getNext()).contains("market:");
        // the stream never ends: its answer's head is read, then it is closed
        HttpResponse<java.io.InputStream> stream = read("gateway", "/api/changes/stream", () -> HttpClient
                .newHttpClient().send(HttpRequest.newBuilder(URI.create(suite.url("gateway") + "/api/changes/stream"))
                        .build(), HttpResponse.BodyHandlers.ofInputStream()));
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        stream.body().close();
    }

    @Test
    @Order(4)
    void calendarReads() throws Exception {
        var market = new org.chinaauto.client.market.ApiClient();
        market.updateBaseUri(suite.url("market-service"));
        market.setObjectMapper(market.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var marketCalendar = read("market-service", "/api/calendar", () -> new org.chinaauto.client.market.api.CalendarApi(
                market).calendarResourceCalendar(org.chinaauto.client.market.api.CalendarApi.APICalendarResourceCalendarRequest
                        .newBuilder().vintage("2025-12-31").build()));
        assertThat(marketCalendar.getEntries()).anySatisfy(e -> assertThat(e.getPublisher() + " " + e.getSeries() + " "
                + e.getLastPeriod() + " " + e.getStatus()).isEqualTo("CAAM sales 2025-11 on_time"));
        read("market-service", "/api/calendar/schedules", () -> new org.chinaauto.client.market.api.ReleaseSchedulesApi(
                market).scheduleResourceSchedules(org.chinaauto.client.market.api.ReleaseSchedulesApi
                        .APIScheduleResourceSchedulesRequest.newBuilder().build()));

        var exports = new org.chinaauto.client.exports.ApiClient();
        exports.updateBaseUri(suite.url("exports-service"));
        exports.setObjectMapper(exports.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        read("exports-service", "/api/calendar", () -> new org.chinaauto.client.exports.api.CalendarApi(exports)
                .calendarResourceCalendar(org.chinaauto.client.exports.api.CalendarApi.APICalendarResourceCalendarRequest
                        .newBuilder().build()));
        read("exports-service", "/api/calendar/schedules", () -> new org.chinaauto.client.exports.api.ReleaseSchedulesApi(
                exports).scheduleResourceSchedules(org.chinaauto.client.exports.api.ReleaseSchedulesApi
                        .APIScheduleResourceSchedulesRequest.newBuilder().build()));

        var deliveries = new org.chinaauto.client.deliveries.ApiClient();
        deliveries.updateBaseUri(suite.url("deliveries-service"));
        deliveries.setObjectMapper(deliveries.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        read("deliveries-service", "/api/calendar", () -> new org.chinaauto.client.deliveries.api.CalendarApi(deliveries)
                .calendarResourceCalendar(org.chinaauto.client.deliveries.api.CalendarApi.APICalendarResourceCalendarRequest
                        .newBuilder().build()));
        read("deliveries-service", "/api/calendar/schedules", () -> new org.chinaauto.client.deliveries.api
                .ReleaseSchedulesApi(deliveries).scheduleResourceSchedules(org.chinaauto.client.deliveries.api
                        .ReleaseSchedulesApi.APIScheduleResourceSchedulesRequest.newBuilder().build()));

        var gateway = new org.chinaauto.client.gateway.ApiClient();
        gateway.updateBaseUri(suite.url("gateway"));
        gateway.setObjectMapper(gateway.getObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        var calendar = read("gateway", "/api/calendar", () -> new ViewsApi(gateway).viewResourceCalendar(
                ViewsApi.APIViewResourceCalendarRequest.newBuilder().vintage("2025-12-31").build()));
        assertThat(calendar.getComplete()).isTrue();
        assertThat(calendar.getEntries()).anySatisfy(e -> assertThat(e.getPublisher() + " " + e.getService() + " "
                + e.getStatus()).isEqualTo("GACC exports late"));
    }

    @Test
    @Order(5)
    void everyReadOfEveryDocumentWasCalled() {
        Set<String> declared = new TreeSet<>();
        for (String module : new String[] { "market-service", "exports-service", "deliveries-service", "gateway" }) {
            ApiContract.of(module).templates("GET").forEach(t -> declared.add(module + " GET " + t));
        }
        System.out.printf("Generated clients: %d of %d reads called%n", CALLED.size(), declared.size());
        assertThat(CALLED).containsExactlyInAnyOrderElementsOf(declared);
    }
}
