package org.chinaauto.market;

import org.chinaauto.testing.Editing;

import io.restassured.response.ValidatableResponse;

/** Loads and tokens shared by the market-service tests. */
final class MarketTestSupport {

    /** The load format's columns, as a CSV download has them, but status (left out: every figure final). */
    static final String HEADER = "measure,segment,period,publisher,value,qualifier,precision,stated_as,reported_yoy_pct,"
            + "reported_yoy_qualifier,definition,published,source,report_id,quote,attribution,attribution_note,notes\n";
    /** The columns of a CSV download: the load format's, status included. */
    static final String DOWNLOAD_HEADER = HEADER.strip().replace(",stated_as,", ",stated_as,status,");
    /** Empty cells for every column after value. */
    static final String REST = ",,,,,,,,,,,,,";

    private MarketTestSupport() {
    }

    static ValidatableResponse loadCsv(String csv) {
        return Editing.post("/api/figures", "text/csv", csv);
    }

    static ValidatableResponse loadJson(String json) {
        return Editing.post("/api/figures", "application/json", json);
    }
}
