package org.chinaauto.common.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure of the database's availability (down, restarting, unreachable, no connection to be had, the
 * statement cancelled by its timeout) from any other error, so that it is answered 503 with a time to retry, not
 * as an internal error.
 */
public final class DatabaseUnavailable {

    /** PostgreSQL's states of a server that is shutting down, crashed, not yet accepting, or cancelled a statement. */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private DatabaseUnavailable() {
    }

    /** True when {@code failure}, or anything that caused it, says the database cannot be used now. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                return true;
            }
            // pgjdbc, when the pool gives up waiting for a new connection while the driver still waits for the server
            if (t.getMessage() != null && t.getMessage().startsWith("Interrupted while attempting to connect")) {
                return true;
            }
        }
        return false;
    }
}
