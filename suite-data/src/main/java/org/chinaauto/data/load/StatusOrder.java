package org.chinaauto.data.load;

import static java.util.stream.Collectors.joining;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.chinaauto.common.version.FigureStatus;

/**
 * A figure's status only ever settles: a load may revise an estimate with a preliminary or a final figure, or a
 * preliminary with a final one, but a figure less settled than the one stored for its key (a preliminary after the
 * final, say) is refused, by line, with the stored figure's status and publication. Applied by the pipeline to every
 * table with a {@code status} column, before the service's own check.
 */
record StatusOrder(LoadTarget target) implements StagedCheck {

    static final String PROBLEM = "A figure less settled than the one stored";

    static boolean applies(LoadTarget target) {
        return target.content().contains("status");
    }

    @Override
    public void check(Connection connection, String stage, LoadErrors errors) throws SQLException {
        String keyMatch = target.key().stream().map(k -> "t." + k + " = s." + k).collect(joining(" AND "));
        String query = "SELECT s.line, s.status AS loaded, t.status AS stored, t.published, t.id FROM " + stage
                + " s JOIN " + target.table() + " t ON t.superseded_at IS NULL AND " + keyMatch + " WHERE "
                + rank("s.status") + " < " + rank("t.status") + " ORDER BY s.line";
        try (Statement st = connection.createStatement()) {
            st.setFetchSize(LoadErrors.LISTED);
            try (ResultSet rs = st.executeQuery(query)) {
                while (rs.next()) {
                    String published = rs.getString("published");
                    errors.add(rs.getInt("line"), "status", "is " + lower(rs.getString("loaded")) + ", but the "
                            + lower(rs.getString("stored")) + " figure of this key is stored (id " + rs.getLong("id")
                            + (published == null ? "" : ", published " + published)
                            + "); a figure can only be revised by one at least as settled (estimate, preliminary, "
                            + "final)");
                }
            }
        }
        errors.throwIfAny(PROBLEM);
    }

    /** The status' place from least to most settled, in SQL. */
    private static String rank(String column) {
        StringBuilder sql = new StringBuilder("CASE " + column);
        for (FigureStatus status : FigureStatus.values()) {
            sql.append(" WHEN '").append(status.name()).append("' THEN ").append(status.ordinal());
        }
        return sql.append(" END").toString();
    }

    private static String lower(String status) {
        return status.toLowerCase(Locale.ROOT);
    }
}
