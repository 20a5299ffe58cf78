package org.chinaauto.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chinaauto.testing.SchemaUpgrade.column;
import static org.chinaauto.testing.SchemaUpgrade.execute;

import java.sql.SQLException;

import org.chinaauto.testing.SchemaUpgrade;
import org.junit.jupiter.api.Test;

/**
 * An existing database upgraded from V1: the 2023 world totals of the first default dataset, which no report states,
 * are deleted (every version as shipped, nothing else), publication dates are filled in for vintage reads, and a
 * destination may now be named without a value or a rank. The renamed dataset is then loaded on start, revising the
 * rows it changes.
 */
class MigrationTest {

    @Test
    void anExistingDatabaseLosesExactlyTheRemovedRowsAndGainsPublicationDates() throws SQLException {
        SchemaUpgrade.fromV1("exports_upgrade", c ->
            // rows of the first default dataset as V1 installations loaded them, a user's own figure, and a user's
            // revision of a shipped 2023 figure (kept: only the shipped version goes)
            execute(c, """
                    INSERT INTO figure (powertrain, destination, publisher, definition, period_start, period_end, value,
                            rank, precision, published, source, loaded_at, superseded_at) VALUES
                        ('ALL', 'WORLD', 'CAAM', 'caam-exports', '2023-01-01', '2023-12-01', 4910000, NULL, 10000, NULL,
                            'Other news reports', now() - interval '1 day', now()),
                        ('ALL', 'WORLD', 'GACC', 'customs-incl-chassis', '2023-01-01', '2023-12-01', 5221000, NULL, 1000,
                            NULL, 'Other news reports', now(), NULL),
                        ('ALL', 'WORLD', 'CAAM', 'caam-exports', '2024-01-01', '2024-12-01', 5860000, NULL, 10000,
                            '2025-12', 'News report of December 2025 citing CAAM', now(), NULL),
                        ('ALL', 'WORLD', 'GACC', 'customs-incl-chassis', '2024-01-01', '2024-12-01', 6410000, NULL, 10000,
                            '2025-04-16', 'Report dated 2025-04-16 citing the General Administration of Customs', now(), NULL),
                        ('ALL', 'RU', 'GACC', 'customs-exports', '2024-01-01', '2024-12-01', NULL, 1, NULL, NULL,
                            'News report citing the General Administration of Customs (as cited)', now(), NULL),
                        ('ALL', 'WORLD', 'SYN-USER', 'synthetic-def', '2023-01-01', '2023-12-01', 4910000, NULL, NULL,
                            '2024-01', 'Other news reports', now(), NULL),
                        ('ALL', 'WORLD', 'CAAM', 'caam-exports', '2023-01-01', '2023-12-01', 4950000, NULL, NULL,
                            '2024-01-12', 'a user''s own report', now(), NULL);
                    """), c -> {
            assertThat(column(c, "SELECT publisher || ' ' || to_char(period_start, 'YYYY') || ' ' || destination || ' '"
                    + " || coalesce(value::text, '-') || ' ' || coalesce(published_on::text, '-') FROM figure"
                    + " ORDER BY publisher, period_start, destination, value"))
                    .containsExactly("CAAM 2023 WORLD 4950000 2024-01-12", "CAAM 2024 WORLD 5860000 2025-12-31",
                            "GACC 2024 RU - -", "GACC 2024 WORLD 6410000 2025-04-16", "SYN-USER 2023 WORLD 4910000 2024-01-31");
            assertThat(column(c, "SELECT DISTINCT attribution FROM figure")).containsExactly("NAMED");
            // a destination named without a value or a rank; never the world total
            execute(c, "INSERT INTO figure (powertrain, destination, publisher, definition, period_start, period_end, "
                    + "loaded_at) VALUES ('ALL', 'MX', 'SYN-USER', 'synthetic-def', '2024-01-01', '2024-12-01', now())");
            assertThatThrownBy(() -> execute(c, "INSERT INTO figure (powertrain, destination, publisher, definition, "
                    + "period_start, period_end, loaded_at) VALUES ('ALL', 'WORLD', 'SYN-USER', 'synthetic-def', "
                    + "'2025-01-01', '2025-12-01', now())")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("figure_world_has_value");
        });
    }
}
