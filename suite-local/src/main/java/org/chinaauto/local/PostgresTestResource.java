package org.chinaauto.local;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real PostgreSQL per test JVM (from Maven Central's binaries, no Docker) with a fresh
 * database, and a signing key whose public half the service under test trusts. Tests get tokens from
 * {@link #tokens()}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;
    private static final Tokens TOKENS = new Tokens();

    public static Tokens tokens() {
        return TOKENS;
    }

    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            try {
                database = EmbeddedDatabase.startTemporary();
                database.ensureDatabase("suite_test");
                EmbeddedDatabase shared = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        shared.close();
                    } catch (Exception ignored) {
                        // the JVM is going away
                    }
                }));
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded PostgreSQL", e);
            }
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        EmbeddedDatabase db = database();
        return Map.of(
                "quarkus.datasource.jdbc.url", db.jdbcUrl("suite_test"),
                "quarkus.datasource.username", db.user(),
                "quarkus.datasource.password", db.password(),
                "mp.jwt.verify.publickey", TOKENS.publicKeyPem(),
                "mp.jwt.verify.issuer", Tokens.ISSUER);
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime so that several test classes share one server
    }
}
