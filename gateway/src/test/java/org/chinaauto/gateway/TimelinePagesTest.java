package org.chinaauto.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * The timeline reads every page of a service's figures in its range: 2,500 figures come as pages of 1,000, 1,000
 * and 500, and all 2,500 are in the view. A range with more pages than the timeline reads is shown in part, and the
 * section says so and how to see the rest; never a silent cut.
 */
@QuarkusTest
@QuarkusTestResource(DownstreamServers.class)
class TimelinePagesTest {

    private static final String TIMELINE = "/api/timeline?from=2023-01&to=2025-12";

    @Inject
    FreshGateway fresh;

    @BeforeEach
    void reset() {
        fresh.reset();
    }

    @Test
    void everyPageOfTheRangeIsRead() {
        int figures = 2_500;
        for (int page = 0; page * 1000 < figures; page++) {
            List<Integer> numbers = IntStream.range(page * 1000, Math.min(figures, (page + 1) * 1000)).boxed().toList();
            stubPage(page, numbers, (page + 1) * 1000 < figures);
        }
        JsonPath timeline = given().get(TIMELINE).then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getString("sections.market.status")).isEqualTo("complete");
        assertThat(timeline.getBoolean("complete")).isTrue();
        List<Map<String, Object>> series = timeline.getList("series.findAll { it.service == 'market' }");
        int points = series.stream().mapToInt(s -> ((List<?>) s.get("points")).size()).sum();
        assertThat(points).as("market figures in the timeline").isEqualTo(figures);
        DownstreamServers.server("market").verify(3, getRequestedFor(urlPathEqualTo("/api/figures")));
        for (String page : List.of("0", "1", "2")) {
            DownstreamServers.server("market").verify(1, getRequestedFor(urlPathEqualTo("/api/figures"))
                    .withQueryParam("page", WireMock.equalTo(page)).withQueryParam("size", WireMock.equalTo("1000")));
        }
    }

    @Test
    void aRangeWithMorePagesThanTheTimelineReadsSaysItShowsAPart() {
        // every page says another follows
        DownstreamServers.server("market").stubFor(get(urlPathEqualTo("/api/figures")).willReturn(json(page(List.of(1), true))));
        JsonPath timeline = given().get(TIMELINE).then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getBoolean("complete")).isFalse();
        assertThat(timeline.getString("sections.market.status")).isEqualTo("partial");
        assertThat(timeline.getString("sections.market.problem.detail"))
                .contains("shows the first 50 figures of market-service").contains("shorter range");
        DownstreamServers.server("market").verify(50, getRequestedFor(urlPathEqualTo("/api/figures")));
    }

    private static void stubPage(int page, List<Integer> numbers, boolean more) {
        DownstreamServers.server("market").stubFor(get(urlPathEqualTo("/api/figures"))
                .withQueryParam("page", WireMock.equalTo(Integer.toString(page))).willReturn(json(page(numbers, more))));
    }

    /** Synthetic figures: SYN publishers over 36 months, figure n of publisher n / 36. */
    private static String page(List<Integer> numbers, boolean more) {
        String items = numbers.stream().map(n -> """
                {"measure":"sales","segment":"all","period":"%d-%02d","publisher":"SYN-PAGE-%d","value":%d,"low":%d,\
                "high":%d,"unit":"vehicles"}""".formatted(2023 + (n % 36) / 12, n % 12 + 1, n / 36, n, n, n))
                .collect(Collectors.joining(","));
        return """
                {"items":[%s],"page":0,"size":1000,"has_more":%s,"as_of":null,"vintage":null}""".formatted(items, more);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
