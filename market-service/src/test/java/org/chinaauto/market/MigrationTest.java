package org.chinaauto.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chinaauto.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded from schema 1, which holds the first bundled dataset ('market-figures', whose
 * sources claimed citations of CAAM that not every report makes): V2 removes exactly those rows, keeps what users
 * loaded, and dates the publications of the rows it keeps, so that the v2 dataset loaded on the next start leaves
 * exactly the seed facts.
 */
class MigrationTest {

    static final String DEC = "News report of December 2025 citing CAAM";
    static final String OCT = "News report of October 2025 citing CAAM";
    static final String JUL = "News report of July 2023 citing CAAM";

    @Test
    void upgradingFromTheFirstDatasetRemovesItsRowsAndKeepsThoseOfUsers() throws SQLException {
        SchemaUpgrade.fromV1("market_upgrade", c -> {
            // the first dataset, as V1 stored it
            insert(c, "PRODUCTION", "ALL", "2025-01-01", "2025-11-01", "CAAM", "31230000", "2025-12", DEC, false);
            insert(c, "SALES", "ALL", "2025-01-01", "2025-11-01", "CAAM", "31130000", "2025-12", DEC, false);
            insert(c, "PRODUCTION", "NEV", "2025-01-01", "2025-11-01", "CAAM", "15000000", "2025-12", DEC, false);
            insert(c, "SALES", "NEV", "2025-01-01", "2025-11-01", "CAAM", "15000000", "2025-12", DEC, false);
            insert(c, "SALES_SHARE", "NEV", "2025-01-01", "2025-11-01", "CAAM", "40.9", "2025-12", DEC, false);
            insert(c, "PRODUCTION", "NEV", "2025-01-01", "2025-08-01", "CAAM", "9625000", "2025-10", OCT, false);
            insert(c, "SALES", "NEV", "2025-01-01", "2025-08-01", "CAAM", "9620000", "2025-10", OCT, false);
            insert(c, "PRODUCTION", "NEV", "2024-01-01", "2024-12-01", "CAAM", "12880000", "2025-10", OCT, false);
            insert(c, "PRODUCTION", "NEV", "2023-01-01", "2023-06-01", "CAAM", "3788000", "2023-07", JUL, false);
            insert(c, "SALES", "NEV", "2023-01-01", "2023-06-01", "CAAM", "3747000", "2023-07", JUL, false);
            insert(c, "SALES_SHARE", "NEV", "2023-01-01", "2023-06-01", "CAAM", "28.3", "2023-07", JUL, false);
            // a seed row a user had revised: the seed version superseded, the user's current
            insert(c, "SALES", "NEV", "2024-01-01", "2024-12-01", "CAAM", "12860000", "2025-10", OCT, true);
            insert(c, "SALES", "NEV", "2024-01-01", "2024-12-01", "CAAM", "12870000", "2026-01-15", "user correction", false);
            // rows users loaded
            insert(c, "PRODUCTION", "ALL", "2025-10-01", "2025-10-01", "SYN001", "1000", "2025-11", "Synthetic report", false);
            insert(c, "PRODUCTION", "ALL", "2025-09-01", "2025-09-01", "SYN001", "900", null, null, false);
        }, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT publisher, source, published, "
                    + "published_on, attribution, attribution_note FROM figure ORDER BY publisher, period_start")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | "
                            + rs.getString(4) + " | " + rs.getString(5) + " | " + rs.getString(6));
                }
                assertThat(rows).containsExactly(
                        "CAAM | user correction | 2026-01-15 | 2026-01-15 | NAMED | null",
                        "SYN001 | null | null | null | NAMED | null",
                        "SYN001 | Synthetic report | 2025-11 | 2025-11-30 | NAMED | null");
            }
        });
    }

    private static void insert(Connection c, String measure, String segment, String start, String end, String publisher,
            String value, String published, String source, boolean superseded) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO figure (measure, segment, publisher, period_start, "
                + "period_end, value, published, source, loaded_at, superseded_at) "
                + "VALUES (?, ?, ?, ?::date, ?::date, ?::numeric, ?, ?, ?, ?)")) {
            Instant loaded = Instant.parse("2025-12-20T00:00:00Z");
            s.setString(1, measure);
            s.setString(2, segment);
            s.setString(3, publisher);
            s.setString(4, start);
            s.setString(5, end);
            s.setString(6, value);
            s.setString(7, published);
            s.setString(8, source);
            s.setTimestamp(9, Timestamp.from(loaded));
            s.setTimestamp(10, superseded ? Timestamp.from(loaded.plusSeconds(60)) : null);
            s.executeUpdate();
        }
    }
}
