package org.chinaauto.data.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;

/**
 * The version of a service's data: one number in the {@code data_version} table, raised in the transaction of every
 * write that changes what a read can answer (a load that inserts or revises, a catalogue change). A reader that
 * sees version v sees the data committed with v, whichever replica committed it, so that an answer kept for v is
 * right for as long as the version is v.
 * <p>
 * The reads of the version are shared: the requests that ask while no read is under way wait for the next one, which
 * starts after they asked, so that each still sees every write committed before it arrived, and a busy service reads
 * the version once per round trip to the database instead of once per request.
 */
@ApplicationScoped
public class DataVersion {

    private static final String RAISE = "UPDATE data_version SET version = version + 1";
    /**
     * A read of the version that gets no answer within this fails, and the request goes on without the cache: well
     * below the datasource's wait for an answer (6 s), so that a cached read of a frozen database still fails within
     * the services' bound of 15 s (this wait, then the read's own).
     */
    private static final int ANSWER_MILLIS = 2000;

    @Inject
    DataSource db;

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "data-version");
        t.setDaemon(true);
        return t;
    });
    /** The requests waiting for the next read, or null when none is. */
    private CompletableFuture<Long> waiting;
    private boolean reading;
    /** Used by the reader thread only. */
    private Connection connection;
    private PreparedStatement statement;
    /** The connection's wait for an answer as the pool gave it, put back when it returns there. */
    private int pooledAnswerMillis;

    /** The version committed now: read by a read of the database that starts after this call. */
    public CompletionStage<Long> next() {
        synchronized (this) {
            if (waiting == null) {
                waiting = new CompletableFuture<>();
            }
            CompletableFuture<Long> next = waiting;
            if (!reading) {
                try {
                    reader.execute(this::readWhileAsked);
                    reading = true;
                } catch (RejectedExecutionException e) {
                    waiting = null;
                    next.completeExceptionally(new IllegalStateException("The service is stopping", e));
                }
            }
            return next;
        }
    }

    /** Reads the version for everyone waiting, again while anyone asked during the last read. */
    private void readWhileAsked() {
        while (true) {
            CompletableFuture<Long> batch;
            synchronized (this) {
                batch = waiting;
                waiting = null;
                if (batch == null) {
                    reading = false;
                    return;
                }
            }
            try {
                batch.complete(read());
            } catch (SQLException | RuntimeException e) {
                batch.completeExceptionally(new IllegalStateException("The data version could not be read", e));
            }
        }
    }

    /** Reads on a connection of its own, kept between reads and opened again after a failure. */
    private long read() throws SQLException {
        try {
            if (statement == null) {
                connection = db.getConnection();
                pooledAnswerMillis = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, ANSWER_MILLIS);
                statement = connection.prepareStatement("SELECT version FROM data_version");
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void close() {
        try {
            if (connection != null) {
                if (!connection.isClosed()) {
                    connection.setNetworkTimeout(Runnable::run, pooledAnswerMillis);
                }
                connection.close();
            }
        } catch (SQLException e) {
            // the connection is gone already
        }
        connection = null;
        statement = null;
    }

    /** Closes the reader's connection (on its thread, after any read under way) before the datasource closes. */
    void stop(@Observes ShutdownEvent event) {
        reader.execute(this::close);
        reader.shutdown();
    }

    /** Raises the version in the caller's transaction, on its connection: visible with the write it marks. */
    public static void raise(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(RAISE);
        }
    }

    /** Raises the version in the caller's JPA transaction. */
    public static void raise(jakarta.persistence.EntityManager em) {
        em.createNativeQuery(RAISE).executeUpdate();
    }
}
