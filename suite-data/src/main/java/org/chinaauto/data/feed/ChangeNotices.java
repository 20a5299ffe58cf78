package org.chinaauto.data.feed;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The last number of the change feed as this replica knows it, kept current by a connection that LISTENs on the
 * feed's channel: a load committed through any replica wakes every replica within a round trip. The table stays the
 * source of truth: the number is read from it after every notice, and every few seconds in case a notice was lost
 * while the connection was down. Started by the first read of the feed.
 */
@ApplicationScoped
public class ChangeNotices {

    private static final Logger LOG = Logger.getLogger(ChangeNotices.class);
    /** The longest wait for a notice before the number is read anyway (below the datasource's socket timeout). */
    private static final int WAKE_MILLIS = 4000;

    @Inject
    DataSource db;

    private long latest = -1;
    private CompletableFuture<Long> advanced = new CompletableFuture<>();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        Thread listener = new Thread(this::listen, "change-notices");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Waits until the feed's last number is above {@code after}, at most {@code wait}.
     *
     * @return whether it is (also true once the service is stopping, so that no reader is held)
     */
    public boolean awaitAbove(long after, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            CompletableFuture<Long> next;
            synchronized (this) {
                if (latest > after || stopping) {
                    return true;
                }
                next = advanced;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                next.get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    void stop(@Observes ShutdownDelayInitiatedEvent event) {
        stopNow();
    }

    void stop(@Observes ShutdownEvent event) {
        stopNow();
    }

    private void stopNow() {
        stopping = true;
        advance(Long.MAX_VALUE);
    }

    private void advance(long seq) {
        CompletableFuture<Long> done;
        synchronized (this) {
            if (seq <= latest) {
                return;
            }
            latest = seq;
            done = advanced;
            advanced = new CompletableFuture<>();
        }
        done.complete(seq);
    }

    private void listen() {
        boolean failing = false;
        while (!stopping) {
            try (Connection connection = db.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement st = connection.createStatement()) {
                    st.execute("LISTEN " + ChangeLog.CHANNEL);
                }
                if (failing) {
                    LOG.info("The change feed's listener has its database again");
                    failing = false;
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    advance(read(connection));
                    pg.getNotifications(WAKE_MILLIS);
                }
            } catch (SQLException | RuntimeException e) {
                if (!failing) {
                    LOG.warnf("The change feed's listener lost its database (%s); it tries again every second",
                            e.getMessage());
                    failing = true;
                }
                pause();
            }
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM figure_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
