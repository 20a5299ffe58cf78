package org.chinaauto.deliveries;

import org.chinaauto.testing.Editing;

import io.restassured.response.ValidatableResponse;

/** Loads and tokens shared by the deliveries-service tests. */
final class DeliveriesTestSupport {

    /** The columns synthetic loads use; the others (qualifier, attribution, ...) are optional. */
    static final String HEADER = "subject,period,publisher,deliveries,stated_yoy_pct,stated_mom_pct,record,notes,published,source\n";
    /** Every load column, as a CSV download has them. */
    static final String ALL_COLUMNS = "subject,period,publisher,deliveries,qualifier,precision,stated_as,status,stated_yoy_pct,"
            + "stated_mom_pct,record,notes,published,attribution,attribution_note,source,report_id,quote";
    static final String TARGET_HEADER = "brand,year,revision,announced,value,low,high,publisher,stated_progress,notes,source\n";

    private DeliveriesTestSupport() {
    }

    static ValidatableResponse post(String path, String contentType, String body) {
        return Editing.post(path, contentType, body);
    }

    static ValidatableResponse loadCsv(String csv) {
        return post("/api/deliveries", "text/csv", csv);
    }

    static ValidatableResponse loadTargets(String csv) {
        return post("/api/targets", "text/csv", csv);
    }

    /** Creates synthetic brands (slug = name) with no memberships; idempotent. */
    static void brands(String... slugs) {
        StringBuilder json = new StringBuilder("[");
        for (String slug : slugs) {
            json.append(json.length() > 1 ? "," : "").append("{\"slug\":\"").append(slug).append("\",\"name\":\"")
                    .append(slug).append("\",\"carmaker\":\"synthetic-carmaker\"}");
        }
        post("/api/brands", "application/json", json.append("]").toString()).statusCode(200);
    }

    /** Creates or replaces a synthetic group with the given members JSON. */
    static ValidatableResponse group(String slug, String membersJson) {
        return post("/api/groups", "application/json", "[{\"slug\":\"" + slug + "\",\"name\":\"" + slug
                + "\",\"leader\":\"synthetic-leader\",\"members\":" + membersJson + "}]");
    }
}
