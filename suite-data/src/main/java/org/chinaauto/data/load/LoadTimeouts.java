package org.chinaauto.data.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The timeouts of a load's transaction. The datasource bounds every statement for reads (a server-side statement
 * timeout of 5 s, a 6 s wait for an answer: see the services' application.properties), far too short for a load of a
 * million rows, whose COPY lasts as long as the client sends and whose set-based statements take seconds each. A load
 * lifts them on its own connection, after a first statement under the read bounds (so that a load that starts while
 * the server is down or frozen fails as fast as a read), and puts the wait for an answer back when it ends.
 */
final class LoadTimeouts implements AutoCloseable {

    /**
     * The longest a load waits for one answer of the server: a whole 1,000,000-row load, every statement together,
     * took 43 to 67 s on the reference machine (bench/README.md), so no single statement of it, nor the wait for
     * another such load's lock, comes near; only a server that stopped answering ends a load by it.
     */
    static final int ANSWER_MILLIS = 300_000;

    private final Connection connection;
    private final int before;

    private LoadTimeouts(Connection connection, int before) {
        this.connection = connection;
        this.before = before;
    }

    /** Lifts the statement timeout for the rest of the transaction, and the wait for an answer until {@link #close()}. */
    static LoadTimeouts lift(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL statement_timeout = 0");
        }
        int before = connection.getNetworkTimeout();
        connection.setNetworkTimeout(Runnable::run, ANSWER_MILLIS);
        return new LoadTimeouts(connection, before);
    }

    /** Puts the connection's wait for an answer back, before the pool hands it to a read. */
    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            connection.setNetworkTimeout(Runnable::run, before);
        }
    }
}
