package org.chinaauto.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The OpenAPI document describes what every view answers: a named schema with properties for the view, and for each
 * of its sections whose shape is known, down to the data services' answers the sections pass through.
 */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyViewReferencesANamedSchemaWithProperties() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertThat(described(doc, "/api/overview")).isEqualTo("OverviewView");
        assertThat(described(doc, "/api/timeline")).isEqualTo("TimelineView");
        assertThat(described(doc, "/api/brands/{slug}")).isEqualTo("BrandProfileView");
        assertThat(described(doc, "/api/reconciliation")).isEqualTo("ReconciliationView");
        assertThat(described(doc, "/api/calendar")).isEqualTo("CalendarView");

        // the sections are typed down to the services' answers, never a bare object
        assertThat(propertiesOf(doc, refOf(doc, "OverviewView", "sections")))
                .containsKeys("market", "exports", "brand_ranking", "group_rollups", "cross_service");
        String market = refOf(doc, refOf(doc, "OverviewView", "sections"), "market");
        assertThat(propertiesOf(doc, market)).containsKeys("status", "complete", "data", "problem");
        assertThat(propertiesOf(doc, refOf(doc, market, "data"))).containsKeys("period", "publishers");
        String crossService = refOf(doc, refOf(doc, refOf(doc, "OverviewView", "sections"), "cross_service"), "data");
        assertThat(propertiesOf(doc, crossService)).containsKeys("brand_share_of_nev_sales", "exports_share_of_production");
        String brandSections = refOf(doc, "BrandProfileView", "sections");
        assertThat(propertiesOf(doc, refOf(doc, refOf(doc, brandSections, "targets"), "data")))
                .containsKeys("current", "progress_pct", "months_missing");
        assertThat(propertiesOf(doc, refOf(doc, refOf(doc, brandSections, "nev_market_share"), "data")))
                .containsKeys("nev_sales_publisher", "points");
        assertThat(propertiesOf(doc, refOf(doc, "TimelineView", "sections"))).containsKeys("market", "exports", "deliveries");
        assertThat(doc.getMap("components.schemas.ReconciliationView.properties")).containsKeys("figures", "gaps", "section");
        assertThat(propertiesOf(doc, refOf(doc, "CalendarView", "sections"))).containsKeys("market", "exports", "deliveries");
        assertThat(doc.getMap("components.schemas.CalendarEntry.properties")).containsKeys("publisher", "series",
                "last_period", "last_published", "next_period", "due_by", "status", "days_late", "basis");
    }

    /** The name of the schema the view's 200 JSON answer references, checked to have properties. */
    private static String described(JsonPath doc, String path) {
        String ref = doc.getString("paths.'" + path + "'.get.responses.'200'.content.'application/json'.schema.$ref");
        assertThat(ref).as(path).startsWith("#/components/schemas/");
        String name = ref.substring("#/components/schemas/".length());
        assertThat(propertiesOf(doc, name)).as(name).isNotEmpty();
        return name;
    }

    private static Map<String, Object> propertiesOf(JsonPath doc, String schema) {
        Map<String, Object> properties = doc.getMap("components.schemas.'" + schema + "'.properties");
        assertThat(properties).as(schema + " has properties").isNotNull().isNotEmpty();
        return properties;
    }

    /** The schema a property of a schema references (directly, or through allOf/anyOf as nullable ones do). */
    private static String refOf(JsonPath doc, String schema, String property) {
        Map<String, Object> p = doc.getMap("components.schemas.'" + schema + "'.properties." + property);
        assertThat(p).as(schema + "." + property).isNotNull();
        String ref = (String) p.get("$ref");
        if (ref == null) {
            for (String combinator : new String[] { "allOf", "anyOf", "oneOf" }) {
                if (p.get(combinator) instanceof java.util.List<?> options) {
                    ref = options.stream().map(o -> (String) ((Map<?, ?>) o).get("$ref")).filter(r -> r != null)
                            .findFirst().orElse(null);
                }
                if (ref != null) {
                    break;
                }
            }
        }
        assertThat(ref).as(schema + "." + property + " references a named schema: " + p).isNotNull();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
