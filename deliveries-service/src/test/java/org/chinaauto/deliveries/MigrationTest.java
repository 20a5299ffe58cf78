package org.chinaauto.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chinaauto.testing.SchemaUpgrade.column;
import static org.chinaauto.testing.SchemaUpgrade.execute;

import java.sql.SQLException;

import org.chinaauto.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded from V1: the rows of the first default dataset that no report states are deleted
 * (Maextro and its HIMA membership, Leapmotor's target ranges), everything else is kept, and the publication dates
 * that vintage reads compare with are filled in. The renamed dataset is then loaded on start as on a new database.
 */
class MigrationTest {

    @Test
    void anExistingDatabaseLosesExactlyTheRemovedRowsAndGainsPublicationDates() throws SQLException {
        SchemaUpgrade.fromV1("deliveries_upgrade", c ->
            // the first default dataset, as V1 installations loaded it, and a user's own rows
            execute(c, """
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
                    """), c -> {
            assertThat(column(c, "SELECT slug FROM brand ORDER BY slug"))
                    .containsExactly("aito", "leapmotor", "synthetic-brand-901");
            assertThat(column(c, "SELECT brand FROM membership ORDER BY brand")).containsExactly("aito");
            assertThat(column(c, "SELECT brand || ' ' || revision FROM target ORDER BY brand, revision"))
                    .containsExactly("leapmotor 1", "synthetic-brand-901 2");
            assertThat(column(c, "SELECT coalesce(published_on::text, '-') FROM delivery ORDER BY period_start"))
                    .containsExactly("-", "2091-02-28", "2091-03-16");
            assertThat(column(c, "SELECT DISTINCT attribution FROM delivery")).containsExactly("NAMED");
        });
    }
}
