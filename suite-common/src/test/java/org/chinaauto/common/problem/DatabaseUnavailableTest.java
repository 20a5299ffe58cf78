package org.chinaauto.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

    @Test
    void aLostOrRefusedConnectionAnywhereInTheCausesIsTheDatabaseBeingUnavailable() {
        PSQLException refused = new PSQLException("Connection to localhost:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("load failed", new RuntimeException(refused)))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("canceling statement due to statement timeout", "57014"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("Sorry, acquisition timeout!"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("pool exhausted"))).isTrue();
        // Agroal's own words, as a frozen server makes it say them, and pgjdbc's when the pool stops its wait
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new PSQLException("Something unusual has occurred to cause the driver to fail.",
                PSQLState.UNEXPECTED_ERROR, new RuntimeException("Interrupted while attempting to connect.")))).isTrue();
    }

    @Test
    void anyOtherErrorIsNot() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("duplicate key value violates unique constraint", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
