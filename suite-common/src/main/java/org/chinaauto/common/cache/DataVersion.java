package org.chinaauto.common.cache;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import javax.sql.DataSource;

/**
 * The version of a service's data: one number in the {@code data_version} table, raised in the transaction of every
 * write that changes what a read can answer (a load that inserts or revises, a catalogue change). A reader that
 * sees version v sees the data committed with v, whichever replica committed it, so that an answer kept for v is
 * right for as long as the version is v.
 */
@ApplicationScoped
public class DataVersion {

    private static final String RAISE = "UPDATE data_version SET version = version + 1";

    /** Absent in a process without a database of its own (the gateway), where nothing is versioned. */
    @Inject
    Instance<DataSource> db;

    /** True in a service with a database, whose reads the answer cache keeps. */
    public boolean kept() {
        return db.isResolvable();
    }

    /** The version committed now: one indexed read of a one-row table. */
    public long current() {
        try (Connection c = db.get().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT version FROM data_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The data version could not be read", e);
        }
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
