package org.chinaauto.exports.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.chinaauto.common.load.LoadErrors;
import org.chinaauto.common.load.StagedCheck;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
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
     * One row per error: kind 0 a destination above the world total, kind 1 a line of a breakdown whose countries add
     * up to more (each country of the batch, and the world total when it is in the batch or no country is).
     */
    private static String query(String stage) {
        return "WITH touched AS (SELECT DISTINCT " + BREAKDOWN + " FROM " + stage + "),"
                + " parts AS (SELECT " + BREAKDOWN + ", destination, value, qualifier, precision, line, NULL::bigint AS id"
                + "   FROM " + stage + " WHERE value IS NOT NULL"
                + "  UNION ALL SELECT " + BREAKDOWN + ", f.destination, f.value, f.qualifier, f.precision, NULL, f.id"
                + "   FROM figure f JOIN touched USING (" + BREAKDOWN + ")"
                + "   WHERE f.superseded_at IS NULL AND f.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + stage + " s"
                + "     WHERE s.powertrain = f.powertrain AND s.destination = f.destination AND s.publisher = f.publisher"
                + "       AND s.definition = f.definition AND s.period_start = f.period_start"
                + "       AND s.period_end = f.period_end)),"
                + " bounded AS (SELECT parts.*, " + LOW + " AS low, " + HIGH + " AS high FROM parts),"
                + " world AS (SELECT " + BREAKDOWN + ", value AS world_value, high AS world_high, line AS world_line,"
                + "   id AS world_id FROM bounded WHERE destination = '" + Figure.WORLD + "' AND high IS NOT NULL),"
                + " exceeded AS (SELECT world.*, c.low AS sum_low, c.in_batch FROM world JOIN (SELECT " + BREAKDOWN + ","
                + "     CASE WHEN count(low) = count(*) THEN sum(low) END AS low, bool_or(line IS NOT NULL) AS in_batch"
                + "     FROM bounded WHERE " + COUNTRY + " GROUP BY " + BREAKDOWN + ") c USING (" + BREAKDOWN + ")"
                + "   WHERE c.low > world.world_high)"
                + " SELECT p.line, 0 AS kind, p.destination, p.value, NULL::numeric AS sum_low, world.*"
                + "   FROM bounded p JOIN world USING (" + BREAKDOWN + ")"
                + "   WHERE p.line IS NOT NULL AND p.destination <> '" + Figure.WORLD + "' AND p.low > world.world_high"
                + " UNION ALL SELECT p.line, 1, p.destination, p.value, exceeded.sum_low, " + BREAKDOWN + ", world_value,"
                + "   world_high, world_line, world_id FROM bounded p JOIN exceeded USING (" + BREAKDOWN + ")"
                + "   WHERE p.line IS NOT NULL AND " + COUNTRY
                + " UNION ALL SELECT world_line, 1, NULL, NULL, sum_low, " + BREAKDOWN + ", world_value, world_high,"
                + "   world_line, world_id FROM exceeded WHERE world_line IS NOT NULL OR NOT in_batch"
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
