package org.chinaauto.e2e.badinput;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chinaauto.local.EmbeddedDatabase;

/**
 * What the services' databases hold, table by table: the row count and a digest of every row's text. Two readings
 * are equal only when no row was added, removed or changed in any table (the Flyway history included).
 */
final class DatabaseContent implements AutoCloseable {

    private final Map<String, Connection> connections = new LinkedHashMap<>();

    DatabaseContent(EmbeddedDatabase server, List<String> databases) throws SQLException {
        for (String database : databases) {
            connections.put(database, DriverManager.getConnection(server.jdbcUrl(database), server.user(), server.password()));
        }
    }

    /** Table ({@code database.table}) to "rows:digest". */
    Map<String, String> read() throws SQLException {
        Map<String, String> content = new TreeMap<>();
        for (var entry : connections.entrySet()) {
            try (Statement st = entry.getValue().createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' "
                            + "ORDER BY t::text)), '') FROM \"" + table + "\" t")) {
                        rs.next();
                        content.put(entry.getKey() + "." + table, rs.getLong(1) + ":" + rs.getString(2));
                    }
                }
            }
        }
        return content;
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : connections.values()) {
            c.close();
        }
    }
}
