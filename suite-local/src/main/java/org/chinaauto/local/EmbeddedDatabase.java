package org.chinaauto.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server run from the binaries that Maven Central ships (no Docker), or an existing
 * server named by the standard libpq environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server on a free port with a throw-away data directory. */
    public static EmbeddedDatabase startTemporary() throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new EmbeddedDatabase(pg, "localhost", pg.getPort(), "postgres", "postgres");
    }

    /**
     * Starts an embedded server on the given port keeping its data in {@code dataDirectory}, durably: unlike a
     * throw-away test server (which the embedded builder starts with synchronous commit off, for speed), a commit is
     * on disk when it is acknowledged (fsync, synchronous commit and full-page writes on, whatever the builder's
     * defaults), so that a crash of the machine loses no load that was answered.
     */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setPort(port).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start();
        return new EmbeddedDatabase(pg, "localhost", port, "postgres", "postgres");
    }

    /** The server named by PGHOST and friends, or null when PGHOST is not set. */
    public static EmbeddedDatabase fromEnvironment() {
        String host = System.getenv("PGHOST");
        if (host == null || host.isBlank()) {
            return null;
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("PGPORT", "5432"));
        String user = System.getenv().getOrDefault("PGUSER", "postgres");
        String password = System.getenv().getOrDefault("PGPASSWORD", "");
        return existing(host, port, user, password);
    }

    /** A server that runs already (started and stopped by someone else), named as PGHOST and friends would name it. */
    public static EmbeddedDatabase existing(String host, int port, String user, String password) {
        return new EmbeddedDatabase(null, host, port, user, password);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
