package org.chinaauto.exports.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.chinaauto.data.load.LoadErrors;
import org.chinaauto.data.load.StagedCheck;
import org.chinaauto.exports.figure.Figure;

/**
 * For every breakdown a load touches (powertrain, publisher, definition and period), the country values (from the
 * batch, else as stored) must not add up to more than the world total (from the batch, else as stored), and no single
 * destination may exceed it. Checked on the bounds: a breakdown is rejected only when it certainly exceeds the total,
 * i.e. when the lowest value its parts can have is above the highest the total can have (a world total "over" a
 * value with no stated precision has no upper bound and rejects nothing). Regions are not summed: they overlap
 * countries and each other. One query over the staged batch and the current stored figures of its breakdowns.
 */
@ApplicationScoped
public class BreakdownCheck implements StagedCheck {

    static final String PROBLEM = "A destination breakdown exceeds its world total";

    /** The bounds of a stated value, as {@link org.chinaauto.common.bounds.Estimate#stated} gives them. */
    private static final String LOW = "CASE WHEN qualifier IS NULL THEN value - coalesce(precision, 0) / 2.0"
            + " WHEN qualifier = 'APPROXIMATELY' THEN value - precision / 2.0"
            + " WHEN qualifier IN ('OVER', 'AT_LEAST') THEN value"
            + " WHEN qualifier = 'NEARLY' THEN value - precision END";
    private static final String HIGH = "CASE WHEN qualifier IS NULL THEN value + coalesce(precision, 0) / 2.0"
            + " WHEN qualifier = 'APPROXIMATELY' THEN value + precision / 2.0"
            + " WHEN qualifier IN ('OVER', 'AT_LEAST') THEN value + precision"
            + " WHEN qualifier = 'NEARLY' THEN value END";
    private static final String BREAKDOWN = "powertrain, publisher, definition, period_start, period_end";
    private static final String COUNTRY = "destination ~ '^[A-Z]{2}$'";

    /**
     * One row per error, by line: kind 0 a destination of the batch above its world total, kind 1 a line of a
     * breakdown whose countries add up to more (each country of the batch, and the world total when it is in the
     * batch or no country is). Each part is the batch's figure, else the stored one (DISTINCT ON prefers the row with
     * a line); the world total and the sum of the countries come from window aggregates over the part's breakdown,
     * so that the plan is sorts and scans whatever the planner guesses of the batch.
     */
    private static String query(String stage) {
        String world = "FILTER (WHERE destination = '" + Figure.WORLD + "') OVER breakdown";
        String country = "FILTER (WHERE " + COUNTRY + ") OVER breakdown";
        return "WITH parts AS (SELECT DISTINCT ON (" + BREAKDOWN + ", destination) " + BREAKDOWN + ", destination,"
                + "   value, line, id, " + LOW + " AS low, " + HIGH + " AS high"
                + "  FROM (SELECT " + BREAKDOWN + ", destination, value, qualifier, precision, line, NULL::bigint AS id"
                + "    FROM " + stage + " WHERE value IS NOT NULL"
                + "   UNION ALL SELECT " + BREAKDOWN + ", destination, value, qualifier, precision, NULL, id FROM figure"
                + "    WHERE superseded_at IS NULL AND value IS NOT NULL"
                + "      AND (" + BREAKDOWN + ") IN (SELECT " + BREAKDOWN + " FROM " + stage + ")) batch_and_stored"
                + "  ORDER BY " + BREAKDOWN + ", destination, line NULLS LAST),"
                + " judged AS (SELECT parts.*, " + COUNTRY + " AS country,"
                + "   max(value) " + world + " AS world_value, max(high) " + world + " AS world_high,"
                + "   max(line) " + world + " AS world_line, max(id) " + world + " AS world_id,"
                + "   CASE WHEN count(*) " + country + " = count(low) " + country + " THEN coalesce(sum(low) " + country
                + "     , 0) END AS sum_low, coalesce(bool_or(line IS NOT NULL) " + country + ", false) AS countries_in_batch"
                + "  FROM parts WINDOW breakdown AS (PARTITION BY " + BREAKDOWN + "))"
                + " SELECT line, 0 AS kind, destination, value, sum_low, " + BREAKDOWN + ", world_value, world_high,"
                + "   world_line, world_id FROM judged"
                + "  WHERE line IS NOT NULL AND destination <> '" + Figure.WORLD + "' AND low > world_high"
                + " UNION ALL SELECT line, 1, destination, value, sum_low, " + BREAKDOWN + ", world_value, world_high,"
                + "   world_line, world_id FROM judged"
                + "  WHERE sum_low > world_high AND ((line IS NOT NULL AND country) OR (destination = '" + Figure.WORLD
                + "' AND (line IS NOT NULL OR NOT countries_in_batch)))"
                + " ORDER BY 1 NULLS FIRST, 2";
    }

    @Override
    public void check(Connection connection, String stage, LoadErrors errors) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(LoadErrors.LISTED);
            try (ResultSet rs = st.executeQuery(query(stage))) {
                while (rs.next()) {
                    errors.add(line(rs, "line"), "value", message(rs));
                }
            }
        }
        errors.throwIfAny(PROBLEM);
    }

    private static String message(ResultSet rs) throws SQLException {
        Integer worldLine = line(rs, "world_line");
        String world = "the " + Figure.WORLD + " total " + rs.getLong("world_value") + " (at most "
                + Numbers.plain(rs.getBigDecimal("world_high")) + ")"
                + (worldLine != null ? " at line " + worldLine : " already stored (figure " + rs.getLong("world_id") + ")");
        Period period = new Period(month(rs, "period_start"), month(rs, "period_end"));
        String of = " for " + period + ", " + rs.getString("powertrain").toLowerCase(Locale.ROOT) + ", "
                + rs.getString("publisher") + ", " + rs.getString("definition");
        if (rs.getInt("kind") == 0) {
            return "destination " + rs.getString("destination") + " (" + rs.getLong("value") + ") exceeds " + world + of;
        }
        return "the country values" + of + " add up to at least " + Numbers.plain(rs.getBigDecimal("sum_low"))
                + ", more than " + world + "; the parts of a breakdown cannot exceed the world total";
    }

    private static Integer line(ResultSet rs, String column) throws SQLException {
        int line = rs.getInt(column);
        return rs.wasNull() ? null : line;
    }

    private static YearMonth month(ResultSet rs, String column) throws SQLException {
        return YearMonth.from(rs.getObject(column, LocalDate.class));
    }
}
