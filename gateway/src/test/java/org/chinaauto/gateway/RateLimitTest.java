package org.chinaauto.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.chinaauto.gateway.limit.RateLimiter;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The rate limit per client (here a request every 5 s, bursts of 3: slow enough for a slow machine): a client over its burst gets 429 problems
 * with Retry-After, other clients and the non-API paths do not, and the client is served again once a token is free. Clients are told apart by
 * X-Forwarded-For, which this profile trusts (as behind a proxy).
 */
@QuarkusTest
@TestProfile(RateLimitTest.Limited.class)
@QuarkusTestResource(DownstreamServers.class)
class RateLimitTest {

    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "true", "gateway.rate-limit.requests-per-second", "0.2",
                    "gateway.rate-limit.burst", "3", "gateway.rate-limit.trust-forwarded-for", "true");
        }
    }

    private static final String READ = "/api/services/market/figures?size=1";

    @Inject
    FreshGateway fresh;

    @Inject
    RateLimiter limiter;

    @BeforeEach
    void reset() {
        fresh.reset();
        // the first pass-through sets up its connection, slowly enough for a token to come back: done before the clock matters
        as("198.51.100.1").get(READ).then().statusCode(200);
        DownstreamServers.server("market").resetRequests();
        limiter.forget();
    }

    @Test
    void aClientOverItsBurstIsAnswered429WithRetryAfterAndOthersAreNot() {
        for (int i = 0; i < 3; i++) {
            as("198.51.100.7").get(READ).then().statusCode(200);
        }
        Response refused = as("198.51.100.7").get(READ);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        // a token every 5 s: the next one is free within 5 s
        assertThat(refused.header("Retry-After")).isIn("1", "2", "3", "4", "5");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://chinaauto.org/problems/too-many-requests");
        assertThat(refused.jsonPath().getString("detail")).contains("try again in " + refused.header("Retry-After") + " s");
        // refused before any downstream call: the service saw the three accepted reads only
        assertThat(DownstreamServers.server("market").getAllServeEvents()).hasSize(3);

        // the first hop only: a proxy appends, so a client cannot pick its name by sending its own header
        as("198.51.100.7, 198.51.100.9").get(READ).then().statusCode(429);
        as("198.51.100.8").get(READ).then().statusCode(200);
        as("198.51.100.7").get("/q/health/live").then().statusCode(200);
        as("198.51.100.7").get("/").then().statusCode(200);
        as("198.51.100.7").get("/dashboard/main.js").then().statusCode(200);
    }

    @Test
    void aThrottledClientIsServedAgainOnceATokenIsFree() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            as("198.51.100.10").get(READ).then().statusCode(200);
        }
        Instant refusedAt = Instant.now();
        Response refused = as("198.51.100.10").get(READ);
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        Instant deadline = refusedAt.plusSeconds(retryAfter + 2);
        int status = 429;
        while (status == 429 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50); // polling, with the deadline as the limit
            status = as("198.51.100.10").get(READ).statusCode();
        }
        Duration recovery = Duration.between(refusedAt, Instant.now());
        assertThat(status).as("served again").isEqualTo(200);
        // no earlier than a token could be free, no later than Retry-After said (and a poll)
        assertThat(recovery).isLessThanOrEqualTo(Duration.ofSeconds(retryAfter).plusMillis(500));
        System.out.printf("RateLimitTest: 429 with Retry-After %d s; served again after %d ms%n", retryAfter,
                recovery.toMillis());
    }

    private static io.restassured.specification.RequestSpecification as(String client) {
        return given().header("X-Forwarded-For", client);
    }
}
