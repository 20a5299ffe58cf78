package org.chinaauto.data.feed;

import static java.util.stream.Collectors.joining;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Writes a load's changes to the change feed ({@code figure_change}), in the load's transaction: one row per figure
 * the load added or revised, with its previous version's value and status, and a NOTIFY that the replicas listening
 * ({@link ChangeNotices}) receive when the transaction commits.
 * <p>
 * The feed's advisory lock is taken before the rows get their numbers and held until the commit, so loads of any
 * table, through any replica, number their changes in the order they commit: a reader that has seen a number has
 * seen every change committed before it.
 */
public final class ChangeLog {

    /** The channel the feed's NOTIFY is sent on; its payload is the last number written. */
    public static final String CHANNEL = "figure_changes";
    private static final String LOCK = "figure-change-feed";

    private ChangeLog() {
    }

    /**
     * Records the changes of the load that staged its rows in {@code stage} and wrote their new versions at
     * {@code loadedAt} (superseding the previous ones at the same instant, when {@code revised}: otherwise every
     * change is an addition, and the previous versions are not looked up).
     *
     * @return the number of changes written
     */
    public static int record(Connection connection, String table, List<String> key, FeedColumns columns, String stage,
            OffsetDateTime loadedAt, UUID loadId, boolean revised) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, LOCK);
            lock.execute();
        }
        String value = columns.value();
        String sql = "INSERT INTO figure_change (seq, committed_at, load_id, change, figure, publisher, value, qualifier,"
                + " precision, status, previous_value, previous_qualifier, previous_precision, previous_status, source,"
                + " report_id, published) SELECT nextval('figure_change_seq'), clock_timestamp(), ?, CASE"
                + " WHEN p.loaded_at IS NULL THEN 'ADDED'"
                + " WHEN (n." + value + ", n.qualifier, n.precision) IS NOT DISTINCT FROM (p." + value
                + ", p.qualifier, p.precision) AND n.status IS DISTINCT FROM p.status THEN 'STATUS_CHANGED'"
                + " ELSE 'REVISED' END, json_build_object(" + key.stream()
                        .map(k -> "'" + k + "', " + (columns.coded().contains(k) ? "lower(n." + k + ")" : "n." + k))
                        .collect(joining(", "))
                + "), n.publisher, n." + value + ", n.qualifier, n.precision, n.status, p." + value
                + ", p.qualifier, p.precision, p.status, n.source, n.report_id, n.published FROM " + stage + " s"
                + " JOIN " + table + " n ON " + match("n", "s", key) + " AND n.superseded_at IS NULL AND n.loaded_at = ?"
                + (revised ? " LEFT JOIN " + table + " p ON " + match("p", "n", key) + " AND p.superseded_at = ?"
                        // nothing superseded: no previous version to look up (a join on no rows keeps the columns)
                        : " LEFT JOIN (SELECT * FROM " + table + " WHERE false) p ON p.superseded_at = ?")
                // numbered in the order of the load's rows
                + " ORDER BY s.line";
        int written;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, loadId);
            insert.setObject(2, loadedAt);
            insert.setObject(3, loadedAt);
            written = insert.executeUpdate();
        }
        if (written > 0) {
            try (Statement notify = connection.createStatement();
                    ResultSet rs = notify.executeQuery(
                            "SELECT pg_notify('" + CHANNEL + "', currval('figure_change_seq')::text)")) {
                rs.next();
            }
        }
        return written;
    }

    private static String match(String a, String b, List<String> key) {
        return key.stream().map(k -> a + "." + k + " = " + b + "." + k).collect(joining(" AND "));
    }
}
