package org.chinaauto.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.PostgresTestResource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded from V1: the rows of the first default dataset that no report states are deleted
 * (Maextro and its HIMA membership, Leapmotor's target ranges), everything else is kept, and the publication dates
 * that vintage reads compare with are filled in. The renamed dataset is then loaded on start as on a new database.
 */
class MigrationTest {

    @Test
    void anExistingDatabaseLosesExactlyTheRemovedRowsAndGainsPublicationDates() throws SQLException {
        EmbeddedDatabase db = PostgresTestResource.database();
        db.ensureDatabase("deliveries_upgrade");
        String url = db.jdbcUrl("deliveries_upgrade");
        Flyway.configure().dataSource(url, db.user(), db.password()).locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password()); Statement s = c.createStatement()) {
            // the first default dataset, as V1 installations loaded it, and a user's own rows
            s.execute("""
                    INSERT INTO brand VALUES ('aito', 'AITO', 'Seres'), ('maextro', 'Maextro', 'JAC'),
                        ('leapmotor', 'Leapmotor', 'Leapmotor'), ('synthetic-brand-901', 'synthetic', 'synthetic');
                    INSERT INTO brand_group VALUES ('hima', 'Harmony Intelligent Mobility Alliance', 'Huawei', 'notes');
                    INSERT INTO membership (brand, group_slug) VALUES ('aito', 'hima'), ('maextro', 'hima');
                    INSERT INTO target (brand, year, revision, value, low, high, publisher, source, loaded_at) VALUES
                        ('leapmotor', 2025, 1, 500000, NULL, NULL, 'Leapmotor',
                            'News report on November 2025 deliveries citing Leapmotor', now()),
                        ('leapmotor', 2025, 2, NULL, 500000, 600000, NULL, 'Other news reports', now()),
                        ('leapmotor', 2025, 3, NULL, 580000, 650000, NULL, 'Other news reports', now()),
                        ('synthetic-brand-901', 2025, 2, NULL, 500000, 600000, NULL, 'Other news reports', now());
                    INSERT INTO delivery (subject, subject_kind, period_start, period_end, publisher, deliveries, record,
                            published, loaded_at) VALUES
                        ('aito', 'BRAND', '2025-11-01', '2025-11-01', 'HIMA', 18827, false, NULL, now()),
                        ('synthetic-brand-901', 'BRAND', '2091-01-01', '2091-01-01', 'SYN', 1, false, '2091-02', now()),
                        ('synthetic-brand-901', 'BRAND', '2091-02-01', '2091-02-01', 'SYN', 1, false, '2091-03-16', now());
                    """);
        }
        Flyway.configure().dataSource(url, db.user(), db.password()).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password()); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT slug FROM brand ORDER BY slug"))
                    .containsExactly("aito", "leapmotor", "synthetic-brand-901");
            assertThat(strings(s, "SELECT brand FROM membership ORDER BY brand")).containsExactly("aito");
            assertThat(strings(s, "SELECT brand || ' ' || revision FROM target ORDER BY brand, revision"))
                    .containsExactly("leapmotor 1", "synthetic-brand-901 2");
            assertThat(strings(s, "SELECT coalesce(published_on::text, '-') FROM delivery ORDER BY period_start"))
                    .containsExactly("-", "2091-02-28", "2091-03-16");
            assertThat(strings(s, "SELECT DISTINCT attribution FROM delivery")).containsExactly("NAMED");
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }
}
