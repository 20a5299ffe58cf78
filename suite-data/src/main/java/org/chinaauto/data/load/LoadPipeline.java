package org.chinaauto.data.load;

import static java.util.stream.Collectors.joining;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.chinaauto.common.problem.FieldError;
import org.chinaauto.common.problem.InvalidInputException;
import org.chinaauto.data.cache.DataVersion;
import org.chinaauto.data.feed.ChangeLog;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * The bulk load of a versioned table, streamed: each row of the body is bound to the service's row record, checked
 * against the record's constraints and the service's {@link RowCheck}, and copied (PostgreSQL COPY) into a
 * temporary staging table as it is read; set-based SQL then finds keys that appear twice, and supersedes, inserts or
 * leaves unchanged the current versions, in the caller's transaction; a service's {@link StagedCheck} may check the
 * staged batch against the stored rows first. Memory holds one row and at most
 * {@link LoadErrors#LISTED} errors, whatever the size of the batch; an invalid batch writes nothing.
 *
 * @param <R> the row record: one text component per column, with its constraints
 */
public final class LoadPipeline<R> {

    /**
     * The transaction timeout of a load, in seconds: a 1,000,000-row load takes half a minute to a few minutes while
     * queries run, longer than the default of 60 s. The load endpoints begin the transaction with it
     * ({@code @TransactionConfiguration} is only allowed where a transaction begins, and the bundled dataset's load
     * runs inside the transaction that claims it).
     */
    public static final int TRANSACTION_TIMEOUT_SECONDS = 1800;

    private static final String STAGE = "load_stage";
    private static final Map<String, String> SNAKE = new ConcurrentHashMap<>();

    private final EntityManager em;
    private final Validator validator;
    private final Class<R> type;
    private final LoadTarget target;
    private final RowCheck<R> check;
    private final StagedCheck staged;

    public LoadPipeline(EntityManager em, Validator validator, Class<R> type, LoadTarget target, RowCheck<R> check) {
        this(em, validator, type, target, check, null);
    }

    private LoadPipeline(EntityManager em, Validator validator, Class<R> type, LoadTarget target, RowCheck<R> check,
            StagedCheck staged) {
        this.em = em;
        this.validator = validator;
        this.type = type;
        this.target = target;
        this.check = check;
        this.staged = staged;
    }

    /** The same load with a check of the staged batch against the stored rows, before anything is written. */
    public LoadPipeline<R> checking(StagedCheck stagedCheck) {
        return new LoadPipeline<>(em, validator, type, target, check, stagedCheck);
    }

    /** Loads a CSV body with a header line naming {@code known} columns, {@code required} among them. */
    public LoadReport csv(InputStream body, Set<String> known, Set<String> required) {
        return load((errors, sink) -> RowStream.csv(body, type, known, required, sink));
    }

    /** Loads a JSON array of objects, or {@code {"<arrayField>": [...]}}; {@code ignored} fields are read-only ones. */
    public LoadReport json(InputStream body, String arrayField, Set<String> known, Set<String> ignored) {
        return load((errors, sink) -> RowStream.json(body, type, arrayField, known, ignored, errors, sink));
    }

    private LoadReport load(BiConsumer<LoadErrors, RowStream.Sink<R>> rows) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (LoadTimeouts timeouts = LoadTimeouts.lift(connection)) {
                LoadErrors errors = new LoadErrors();
                int received = stage(connection, rows, errors);
                if (received == 0 && !errors.any()) {
                    throw new InvalidInputException("body", "the batch holds no " + target.noun());
                }
                duplicates(connection, errors);
                errors.throwIfAny();
                return apply(connection, received, errors);
            }
        });
    }

    /** Creates the staging table and copies every row with a valid key into it, as the rows are read. */
    private int stage(Connection connection, BiConsumer<LoadErrors, RowStream.Sink<R>> rows, LoadErrors errors)
            throws SQLException {
        String columns = String.join(", ", target.columns());
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE IF EXISTS pg_temp." + STAGE);
            // the target's column types; no constraints, so that rows with invalid fields can be staged for the
            // duplicate check
            st.execute("CREATE TEMP TABLE " + STAGE + " ON COMMIT DROP AS SELECT 0 AS line, " + columns + " FROM "
                    + target.table() + " WITH NO DATA");
        }
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + STAGE + " (line, " + columns + ") FROM STDIN (FORMAT csv)", 1 << 16);
        int[] received = { 0 };
        boolean copied = false;
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            rows.accept(errors, (line, row) -> {
                received[0]++;
                Object[] values = check(line, row, errors);
                if (values != null) {
                    CopyLine.write(out, line, values);
                }
            });
            out.flush();
            copy.endCopy();
            copied = true;
        } catch (IOException e) {
            throw new SQLException("The rows could not be copied to the staging table", e);
        } finally {
            if (!copied && copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return received[0];
    }

    private Object[] check(int line, R row, LoadErrors errors) {
        Set<ConstraintViolation<R>> violations = validator.validate(row);
        Set<String> failed = violations.isEmpty() ? Set.of() : new HashSet<>();
        for (ConstraintViolation<R> v : violations) {
            String field = SNAKE.computeIfAbsent(v.getPropertyPath().toString(),
                    p -> new PropertyNamingStrategies.SnakeCaseStrategy().translate(p));
            failed.add(field);
            errors.add(line, field, v.getMessage());
        }
        return check.stage(row, new RowErrors() {
            @Override
            public boolean failed(String field) {
                return failed.contains(field);
            }

            @Override
            public void error(String field, String message) {
                errors.add(line, field, message);
            }
        });
    }

    /** A key that appears twice in the batch is an error at the later line, naming the first. */
    private void duplicates(Connection connection, LoadErrors errors) throws SQLException {
        String key = String.join(", ", target.key());
        String sql = "SELECT line, first, count(*) OVER () FROM (SELECT line, min(line) OVER (PARTITION BY " + key
                + ") AS first FROM " + STAGE + ") d WHERE line <> first ORDER BY line LIMIT " + LoadErrors.LISTED;
        List<FieldError> found = new ArrayList<>();
        long total = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(new FieldError(rs.getInt(1), target.duplicateField(),
                        "the same " + target.keyName() + " already appears at line " + rs.getInt(2)));
                total = rs.getLong(3);
            }
        }
        errors.addAll(found, total);
    }

    /**
     * Under the table's advisory lock (so that concurrent loads of the same keys cannot both insert a current
     * version): refuses figures less settled than the stored ones ({@link StatusOrder}), runs the staged check if
     * any, then supersedes the current versions whose content differs, then inserts every staged row that has no
     * current version left (new keys and revisions), and writes what changed to the change feed when the table
     * feeds it.
     */
    private LoadReport apply(Connection connection, int received, LoadErrors errors) throws SQLException {
        List<String> columns = target.columns();
        String keyMatch = target.key().stream().map(k -> "t." + k + " = s." + k).collect(joining(" AND "));
        String current = "t.superseded_at IS NULL AND " + keyMatch;
        OffsetDateTime now;
        try (Statement st = connection.createStatement()) {
            st.execute("ANALYZE " + STAGE);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, target.lock());
                lock.execute();
            }
            if (StatusOrder.applies(target)) {
                new StatusOrder(target).check(connection, STAGE, errors);
            }
            if (staged != null) {
                staged.check(connection, STAGE, errors);
                errors.throwIfAny();
            }
            // after the lock: later than the loaded_at of every version this load can supersede
            try (ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
                rs.next();
                now = rs.getObject(1, OffsetDateTime.class);
            }
        }
        int revised;
        try (PreparedStatement supersede = connection.prepareStatement("UPDATE " + target.table()
                + " t SET superseded_at = ? FROM " + STAGE + " s WHERE " + current + " AND ("
                + target.content().stream().map(c -> "t." + c).collect(joining(", ")) + ") IS DISTINCT FROM ("
                + target.content().stream().map(c -> "s." + c).collect(joining(", ")) + ")")) {
            supersede.setObject(1, now);
            revised = supersede.executeUpdate();
        }
        int written;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + target.table() + " ("
                + String.join(", ", columns) + ", loaded_at) SELECT " + columns.stream().map(c -> "s." + c)
                        .collect(joining(", "))
                + ", ? FROM " + STAGE + " s WHERE NOT EXISTS (SELECT 1 FROM " + target.table() + " t WHERE " + current
                + ")")) {
            insert.setObject(1, now);
            written = insert.executeUpdate();
        }
        UUID loadId = target.feed() == null ? null : UUID.randomUUID();
        if (written > 0) {
            if (loadId != null) {
                ChangeLog.record(connection, target.table(), target.key(), target.feed(), STAGE, now, loadId,
                        revised > 0);
            }
            DataVersion.raise(connection);
        }
        return new LoadReport(received, written - revised, revised, received - written, loadId);
    }
}
