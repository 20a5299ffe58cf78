package org.chinaauto.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.PostgresTestResource;
import org.flywaydb.core.Flyway;

/**
 * An existing installation's database upgraded as a data service upgrades it on start: a database of its own on the
 * test server, at schema V1 with the rows such an installation held, then brought to the latest schema.
 */
public final class SchemaUpgrade {

    /** What a test does on a connection to the database it upgrades. */
    @FunctionalInterface
    public interface Work {
        void on(Connection connection) throws SQLException;
    }

    private SchemaUpgrade() {
    }

    /**
     * Creates {@code database} on the test server if it is not there, migrates it to V1 and does {@code atV1}, then
     * applies every later migration and does {@code upgraded}.
     */
    public static void fromV1(String database, Work atV1, Work upgraded) throws SQLException {
        EmbeddedDatabase db = PostgresTestResource.database();
        db.ensureDatabase(database);
        String url = db.jdbcUrl(database);
        Flyway.configure().dataSource(url, db.user(), db.password()).locations("classpath:db/migration").target("1")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            atV1.on(c);
        }
        Flyway.configure().dataSource(url, db.user(), db.password()).locations("classpath:db/migration").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            upgraded.on(c);
        }
    }

    /** The first column of the rows {@code query} selects, as text, in their order. */
    public static List<String> column(Connection c, String query) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** Runs {@code sql}, one statement or several. */
    public static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
