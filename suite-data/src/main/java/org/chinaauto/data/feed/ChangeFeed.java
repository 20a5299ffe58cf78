package org.chinaauto.data.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.chinaauto.common.bounds.Estimate;
import org.chinaauto.common.bounds.Qualifier;
import org.chinaauto.common.period.Period;
import org.chinaauto.common.view.Numbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the change feed: pages of changes in commit order, after a number or since an instant, waiting if asked. */
@ApplicationScoped
public class ChangeFeed {

    private static final String COLUMNS = "seq, committed_at, load_id, change, figure, publisher, value, qualifier, "
            + "precision, status, previous_value, previous_qualifier, previous_precision, previous_status, source, "
            + "report_id, published";
    private static final TypeReference<LinkedHashMap<String, Object>> KEY = new TypeReference<>() {
    };

    @Inject
    DataSource db;

    @Inject
    ChangeNotices notices;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    /**
     * The changes after {@code after} (or, without it, after the last change committed before {@code since}, or from
     * the start), at most {@code limit}; when there are none yet, waits up to {@code wait} for one to commit.
     */
    public ChangePage page(Long after, Instant since, int limit, Duration wait) {
        try {
            long start = after != null ? after : since != null ? before(since) : 0;
            ChangePage page = read(start, limit);
            if (page.changes().isEmpty() && limit > 0 && !wait.isZero() && notices.awaitAbove(start, wait)) {
                page = read(start, limit);
            }
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for changes", e);
        }
    }

    private long before(Instant since) {
        return query("SELECT coalesce((SELECT seq - 1 FROM figure_change WHERE committed_at >= ? ORDER BY committed_at,"
                + " seq LIMIT 1), (SELECT coalesce(max(seq), 0) FROM figure_change))", st -> {
                    st.setTimestamp(1, Timestamp.from(since));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    private ChangePage read(long after, int limit) {
        List<ChangeEvent> changes = query("SELECT " + COLUMNS + " FROM figure_change WHERE seq > ? ORDER BY seq LIMIT ?",
                st -> {
                    st.setLong(1, after);
                    st.setInt(2, limit);
                    List<ChangeEvent> found = new ArrayList<>();
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            found.add(event(rs));
                        }
                    }
                    return found;
                });
        long latest = query("SELECT coalesce(max(seq), 0) FROM figure_change", st -> {
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long next = changes.isEmpty() ? after : Long.parseLong(changes.get(changes.size() - 1).id());
        return new ChangePage(changes, after, next, Math.max(latest, next));
    }

    private ChangeEvent event(ResultSet rs) throws SQLException {
        Map<String, Object> figure = key(rs.getString("figure"));
        String subject = figure.values().stream().map(String::valueOf).collect(Collectors.joining("/"));
        FigureChange change = new FigureChange(rs.getString("change").toLowerCase(), figure, rs.getString("publisher"),
                estimate(rs, ""), estimate(rs, "previous_"), lower(rs.getString("qualifier")),
                lower(rs.getString("previous_qualifier")), lower(rs.getString("status")),
                lower(rs.getString("previous_status")), rs.getString("source"), rs.getObject("report_id", Long.class),
                rs.getString("published"), rs.getObject("load_id", UUID.class),
                rs.getTimestamp("committed_at").toInstant());
        return ChangeEvent.of(service, rs.getLong("seq"), subject, change);
    }

    /** The key as stored, its period_start and period_end written as one period where they were. */
    private Map<String, Object> key(String stored) {
        Map<String, Object> stated;
        try {
            stated = json.readValue(stored, KEY);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change's figure key is not JSON: " + stored, e);
        }
        Map<String, Object> key = new LinkedHashMap<>();
        stated.forEach((column, value) -> {
            if (column.equals("period_start")) {
                key.put("period", new Period(month(value), month(stated.get("period_end"))).toString());
            } else if (!column.equals("period_end")) {
                key.put(column, value);
            }
        });
        return key;
    }

    private static YearMonth month(Object date) {
        return YearMonth.from(LocalDate.parse(String.valueOf(date)));
    }

    private static Estimate estimate(ResultSet rs, String prefix) throws SQLException {
        String qualifier = rs.getString(prefix + "qualifier");
        // as the figure's own reads write it: 1200000, not 1200000.000000 as a NUMERIC(21,6) column holds it
        return Estimate.stated(Numbers.strip(rs.getBigDecimal(prefix + "value")),
                qualifier == null ? null : Qualifier.valueOf(qualifier),
                Numbers.strip(rs.getBigDecimal(prefix + "precision")));
    }

    private static String lower(String code) {
        return code == null ? null : code.toLowerCase();
    }

    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    private <T> T query(String sql, Statement<T> work) {
        try (Connection connection = db.getConnection(); PreparedStatement st = connection.prepareStatement(sql)) {
            return work.run(st);
        } catch (SQLException e) {
            // answered 503 with Retry-After when the database is unavailable (DatabaseUnavailable.isCause)
            throw new IllegalStateException("The change feed could not be read", e);
        }
    }
}
