package org.chinaauto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local run keeps its data durably: what a commit acknowledged survives a crash of the machine. */
class EmbeddedDatabaseTest {

    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void thePersistentServerWritesEveryCommitToDiskBeforeAcknowledgingIt(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.startPersistent(dir.resolve("pgdata"), port)) {
            assertThat(settings(db)).containsOnly(Map.entry("fsync", "on"), Map.entry("synchronous_commit", "on"),
                    Map.entry("full_page_writes", "on"));
        }
        assertThat(Files.exists(dir.resolve("pgdata/PG_VERSION"))).isTrue();
    }

    private static Map<String, String> settings(EmbeddedDatabase db) throws Exception {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl("postgres"), db.user(), db.password());
                Statement st = c.createStatement()) {
            for (String name : DURABILITY) {
                try (ResultSet rs = st.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }
}
