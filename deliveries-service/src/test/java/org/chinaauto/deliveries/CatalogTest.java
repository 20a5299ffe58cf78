package org.chinaauto.deliveries;

import static io.restassured.RestAssured.given;
import static org.chinaauto.deliveries.DeliveriesTestSupport.brands;
import static org.chinaauto.deliveries.DeliveriesTestSupport.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.chinaauto.testing.BulkLoads;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Brand and group loads: each item's fields checked against its record, the batch as a whole, updates in place. */
@QuarkusTest
class CatalogTest {

    static io.restassured.response.ValidatableResponse loadBrands(String json) {
        return post("/api/brands", "application/json", json);
    }

    @Test
    void pastAThousandErrorsTheFirstThousandAreListedWithTheTotal() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 1200; i++) {
            json.append(i > 1 ? "," : "").append("{\"slug\":\"syn-catalog-").append(i).append("\"}");
        }
        BulkLoads.assertTheFirstThousandErrorsAreListed(loadBrands(json.append("]").toString()), 1200, 1)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("is required"));
        given().get("/api/brands/syn-catalog-1").then().statusCode(404);
    }

    @Test
    void everyBadItemAndFieldIsNamedWithItsPath() {
        brands("syn-catalog-member");
        post("/api/groups", "application/json", "[{\"slug\":\"syn-catalog-group\",\"name\":\"x\","
                + "\"members\":[{\"brand\":\"syn-catalog-member\",\"colour\":\"red\"}]},"                   // 1
                + "null,"                                                                                       // 2
                + "{\"slug\":\"syn-catalog-g2\",\"name\":\"x\",\"members\":[null,"                             // 3
                + "{\"brand\":\"syn-catalog-member\",\"group\":\"syn-catalog-g2\",\"from\":\"2101-1\"},"
                + "{\"brand\":\"syn-catalog-member\",\"from\":\"2101-06\",\"to\":\"2101-03\"}]},"
                + "{\"slug\":\"syn-catalog-g2\",\"name\":\"" + "n".repeat(201) + "\",\"notes\":[\"a\"]},"       // 4
                + "{\"slug\":\"syn-catalog-g3\",\"name\":\"x\"},{\"slug\":\" syn-catalog-g3 \",\"name\":\"x\"}]")  // 5, 6
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("nothing was written"))
                .body("errors.findAll { it.line == 1 }.field", contains("members[0].colour"))
                .body("errors.findAll { it.line == 2 }.message", contains("expected an object"))
                .body("errors.findAll { it.line == 3 }.field", hasItems("members[0]", "members[1].group",
                        "members[1].from", "members[2].to"))
                .body("errors.find { it.field == 'members[1].from' }.message",
                        equalTo("is not a month; expected YYYY-MM, e.g. 2025-11"))
                .body("errors.findAll { it.line == 4 }.field", contains("notes"))
                .body("errors.findAll { it.line == 6 }.message", contains("'syn-catalog-g3' appears twice in the batch"));
        given().get("/api/groups/syn-catalog-group").then().statusCode(404);
    }

    @Test
    void anUpdateKeepsWhatItLeavesOutAndClearsWhatItEmpties() {
        brands("syn-catalog-update");
        post("/api/groups", "application/json", "[{\"slug\":\"syn-catalog-alliance\",\"name\":\"x\",\"leader\":\"y\","
                + "\"members\":[{\"brand\":\"syn-catalog-update\",\"from\":\"2101-01\"}]}]").statusCode(200)
                .body("inserted", equalTo(1));
        // no leader and no members: both kept
        post("/api/groups", "application/json", "[{\"slug\":\" syn-catalog-alliance \",\"name\":\"z\"}]")
                .statusCode(200).body("revised", equalTo(1));
        given().get("/api/groups/syn-catalog-alliance").then().body("name", equalTo("z")).body("leader", equalTo("y"))
                .body("members.brand", contains("syn-catalog-update")).body("members[0].from", equalTo("2101-01"));
        // an empty leader clears it, an empty list of members ends every membership
        post("/api/groups", "application/json", "[{\"slug\":\"syn-catalog-alliance\",\"name\":\"z\",\"leader\":\"\","
                + "\"members\":[]}]").statusCode(200).body("revised", equalTo(1));
        given().get("/api/groups/syn-catalog-alliance").then().body("leader", nullValue()).body("members", empty());
        given().get("/api/brands/syn-catalog-update").then().body("memberships", empty())
                .body("carmaker", equalTo("synthetic-carmaker"));
    }

    @Test
    void aCatalogueChangeIsSeenByTheNextReadOfAKeptAnswer() {
        String tag = given().get("/api/brands/syn-catalog-renamed").then().statusCode(404).extract().header("ETag");
        loadBrands("[{\"slug\":\"syn-catalog-renamed\",\"name\":\"Before\",\"carmaker\":\"synthetic-carmaker\"}]").statusCode(200);
        String before = given().get("/api/brands/syn-catalog-renamed").then().statusCode(200)
                .body("name", equalTo("Before")).extract().header("ETag");
        given().get("/api/brands/syn-catalog-renamed").then().statusCode(200).header("ETag", equalTo(before));
        loadBrands("[{\"slug\":\"syn-catalog-renamed\",\"name\":\"After\",\"carmaker\":\"synthetic-carmaker\"}]").statusCode(200)
                .body("revised", equalTo(1));
        given().header("If-None-Match", before).get("/api/brands/syn-catalog-renamed").then().statusCode(200)
                .body("name", equalTo("After"));
        // a 404 is not kept, and carries no tag
        org.assertj.core.api.Assertions.assertThat(tag).isNull();
    }
}
