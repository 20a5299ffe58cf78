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
 * service, every service that has been built, then waits until all are ready. Used by {@code bin/run-suite}
 * (Ctrl-C stops the services gracefully, then the database) and by the end-to-end tests.
 */
public final class SuiteRunner implements AutoCloseable {

    /** A service of the suite: its module folder, port offset from the base port, and database (none for the gateway). */
    public record Service(String name, int offset, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("gateway", 0, null),
            new Service("market-service", 1, "market"),
            new Service("exports-service", 2, "exports"),
            new Service("deliveries-service", 3, "deliveries"));

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    private final Path root;
    private final int basePort;
    private final EmbeddedDatabase database;
    private final Path logs;
    private final Tokens tokens = new Tokens();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Process> replicas = new ArrayList<>();

    /**
     * @param root the repository root (where the service modules are)
     * @param basePort the gateway's port; the services take the next three
     * @param database where the services' databases are created
     * @param logs where each service's output goes
     */
    public SuiteRunner(Path root, int basePort, EmbeddedDatabase database, Path logs) {
        this.root = root;
        this.basePort = basePort;
        this.database = database;
        this.logs = logs;
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
        runner.printWelcome();
        Thread.currentThread().join();
    }

    /** Starts every built service and waits until each is ready. */
    public void start() throws Exception {
        Files.createDirectories(logs);
        for (Service service : SERVICES) {
            if (Files.exists(jar(service))) {
                processes.put(service.name(), launch(service, port(service.name()), service.name(), Map.of()));
            }
        }
        if (processes.isEmpty()) {
            throw new IllegalStateException("no service has been built; run ./mvnw package -DskipTests first");
        }
        for (var entry : processes.entrySet()) {
            awaitReady(entry.getKey(), url(entry.getKey()), entry.getValue());
        }
    }

    /**
     * Starts another replica of a running service on the given port, on the same database, and waits until it is
     * ready; {@link #close()} stops it with the rest. Returns its base URL.
     */
    public String startReplica(String service, int port) throws Exception {
        return startReplica(service, port, Map.of());
    }

    private Process launch(Service service, int port, String name, Map<String, String> settings) throws Exception {
        Path jar = jar(service);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
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
            env.put(key, "http://localhost:" + port(other.name()));
        }
        env.putAll(settings);
        Path log = logs.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command(jar))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(env);
        System.out.println("Starting " + name + " on port " + port + " (log: " + log + ")");
        return pb.start();
    }

    public int port(String service) {
        return SERVICES.stream().filter(s -> s.name().equals(service)).findFirst()
                .map(s -> basePort + s.offset()).orElseThrow();
    }

    public String url(String service) {
        return "http://localhost:" + port(service);
    }

    public Tokens tokens() {
        return tokens;
    }

    public List<String> running() {
        return new ArrayList<>(processes.keySet());
    }

    /**
     * Starts a service's jar from its own folder, with the class data archive the build made beside it (AppCDS,
     * {@code quarkus.package.jar.appcds.enabled}) when there is one: the classes the service loads at start come
     * ready-parsed from it. The archive is only valid for the jar at that relative path.
     */
    private List<String> command(Path jar) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        return command;
    }

    private Path jar(Service service) {
        return root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    void printWelcome() {
        System.out.println();
        System.out.println("The suite is ready:");
        for (String name : processes.keySet()) {
            String base = url(name);
            System.out.printf("  %-19s API %s/api   Swagger UI %s/q/swagger-ui   metrics %s/q/metrics%n", name, base, base,
                    base);
        }
        if (processes.containsKey("gateway")) {
            System.out.println("  dashboard           " + url("gateway") + "/");
        }
        System.out.println();
        System.out.println("Editor token for writes (valid 12 hours, for this run only):");
        System.out.println("  export TOKEN=" + tokens.editor());
        System.out.println();
        System.out.println("Press Ctrl-C to stop everything.");
    }

    private void awaitReady(String service, String url, Process process) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create(url + "/q/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited; see " + logs.resolve(service + ".log"));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    System.out.println(service + " is ready");
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " was not ready within " + READY_TIMEOUT.toSeconds() + "s; see "
                + logs.resolve(service + ".log"));
    }

    /** Stops one service gracefully (SIGTERM), as when it goes down. */
    public void stop(String service) {
        Process p = processes.remove(service);
        if (p != null) {
            terminate(List.of(p));
        }
    }

    /** Stops every service, then the database. */
    @Override
    public void close() {
        List<Process> all = new ArrayList<>(replicas);
        all.addAll(processes.values());
        terminate(all);
        replicas.clear();
        processes.clear();
        try {
            database.close();
        } catch (IOException e) {
            System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
        }
        System.out.println("Suite stopped.");
    }

    private static void terminate(List<Process> list) {
        list.forEach(Process::destroy);
        for (Process p : list) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    /**
     * Like {@link #startReplica(String, int)}, with environment variables of its own (e.g. a setting to try), which
     * override the suite's. Returns its base URL.
     */
    public String startReplica(String service, int port, Map<String, String> settings) throws Exception {
        Service s = SERVICES.stream().filter(x -> x.name().equals(service)).findFirst().orElseThrow();
        String name = service + "-replica-" + port;
        Process p = launch(s, port, name, settings);
        replicas.add(p);
        String url = "http://localhost:" + port;
        awaitReady(name, url, p);
        return url;
    }
}
