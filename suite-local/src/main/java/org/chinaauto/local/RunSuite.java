package org.chinaauto.local;

import java.nio.file.Path;

/**
 * {@code bin/run-suite}: PostgreSQL (embedded, its data kept in {@code .local/pgdata}, or the one named by PGHOST),
 * then the whole suite ({@link SuiteRunner}); prints the URLs and an editor token once everything is ready. Ctrl-C
 * (or SIGTERM) stops the services gracefully, then the database.
 */
public final class RunSuite {

    private RunSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path local = root.resolve(".local");
        EmbeddedDatabase database = EmbeddedDatabase.fromEnvironment();
        if (database == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_PG_PORT", "55432"));
            System.out.println("Starting embedded PostgreSQL on port " + port + " (data in " + local.resolve("pgdata") + ")");
            database = EmbeddedDatabase.startPersistent(local.resolve("pgdata"), port);
        } else {
            System.out.println("Using the PostgreSQL server named by PGHOST (" + System.getenv("PGHOST") + ")");
        }
        int basePort = Integer.parseInt(System.getenv().getOrDefault("SUITE_PORT", "8080"));
        SuiteRunner runner = new SuiteRunner(root, basePort, database, local.resolve("logs"));
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "suite-shutdown"));
        try {
            runner.start();
        } catch (Exception e) {
            System.err.println("The suite could not start: " + e.getMessage());
            System.exit(1);
        }
        printWelcome(runner);
        Thread.currentThread().join();
    }

    private static void printWelcome(SuiteRunner runner) {
        System.out.println();
        System.out.println("The suite is ready:");
        for (String name : runner.running()) {
            String base = runner.url(name);
            System.out.printf("  %-19s API %s/api   Swagger UI %s/q/swagger-ui   metrics %s/q/metrics%n", name, base, base,
                    base);
        }
        if (runner.running().contains("gateway")) {
            System.out.println("  dashboard           " + runner.url("gateway") + "/");
        }
        System.out.println();
        System.out.println("Editor token for writes (valid 12 hours, for this run only):");
        System.out.println("  export TOKEN=" + runner.tokens().editor());
        System.out.println();
        System.out.println("Press Ctrl-C to stop everything.");
    }
}
