package org.chinaauto.local;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the whole suite on this machine: PostgreSQL (embedded, or the one named by PGHOST), one database per
 * service, every service that has been built, then waits until all are ready and prints where they are.
 * Ctrl-C stops the services (gracefully) and then the database.
 *
 * <p>Usage: {@code java -cp ... org.chinaauto.local.SuiteRunner [repository-root]}
 */
public final class SuiteRunner {

    /** A service of the suite: its module folder, port and database (null for the gateway). */
    record Service(String name, int port, String database) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("market-service", 8081, "market"),
            new Service("exports-service", 8082, "exports"),
            new Service("deliveries-service", 8083, "deliveries"),
            new Service("gateway", 8080, null));

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path root;
    private final List<Process> processes = new ArrayList<>();
    private EmbeddedDatabase database;

    SuiteRunner(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        SuiteRunner runner = new SuiteRunner(root);
        Runtime.getRuntime().addShutdownHook(new Thread(runner::stop, "suite-shutdown"));
        try {
            runner.start();
        } catch (Exception e) {
            System.err.println("The suite could not start: " + e.getMessage());
            System.exit(1);
        }
        Thread.currentThread().join();
    }

    void start() throws Exception {
        Path local = root.resolve(".local");
        Path logs = local.resolve("logs");
        Files.createDirectories(logs);

        database = EmbeddedDatabase.fromEnvironment();
        if (database == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("SUITE_PG_PORT", "55432"));
            System.out.println("Starting embedded PostgreSQL on port " + port + " (data in " + local.resolve("pgdata") + ")");
            database = EmbeddedDatabase.startPersistent(local.resolve("pgdata"), port);
        } else {
            System.out.println("Using the PostgreSQL server named by PGHOST (" + System.getenv("PGHOST") + ")");
        }

        Tokens tokens = new Tokens();
        Map<Service, Process> started = new LinkedHashMap<>();
        for (Service service : SERVICES) {
            Path jar = root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                continue;
            }
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
            env.put("MP_JWT_VERIFY_PUBLICKEY", tokens.publicKeyPem());
            env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
            if (service.database() != null) {
                database.ensureDatabase(service.database());
                env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", database.user());
                env.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
            }
            for (Service other : SERVICES) {
                String key = other.name().replace("-service", "").toUpperCase() + "_SERVICE_URL";
                env.put(key, "http://localhost:" + other.port());
            }
            Path log = logs.resolve(service.name() + ".log");
            ProcessBuilder pb = new ProcessBuilder(javaBinary(), "-jar", jar.toString())
                    .directory(root.resolve(service.name()).toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().putAll(env);
            Process process = pb.start();
            processes.add(process);
            started.put(service, process);
            System.out.println("Starting " + service.name() + " on port " + service.port() + " (log: " + root.relativize(log) + ")");
        }
        if (started.isEmpty()) {
            throw new IllegalStateException("no service has been built; run ./mvnw package -DskipTests first");
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (var entry : started.entrySet()) {
            awaitReady(http, entry.getKey(), entry.getValue(), logs.resolve(entry.getKey().name() + ".log"));
        }

        System.out.println();
        System.out.println("The suite is ready:");
        for (Service service : started.keySet()) {
            String base = "http://localhost:" + service.port();
            System.out.printf("  %-19s API %s/api   Swagger UI %s/q/swagger-ui   metrics %s/q/metrics%n",
                    service.name(), base, base, base);
        }
        System.out.println();
        System.out.println("Editor token for writes (valid 12 hours, for this run only):");
        System.out.println("  export TOKEN=" + tokens.editor());
        System.out.println();
        System.out.println("Press Ctrl-C to stop everything.");
    }

    private static void awaitReady(HttpClient http, Service service, Process process, Path log) throws Exception {
        URI ready = URI.create("http://localhost:" + service.port() + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    System.out.println(service.name() + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds() + "s; see " + log);
    }

    void stop() {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
            }
        }
        System.out.println("Suite stopped.");
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
