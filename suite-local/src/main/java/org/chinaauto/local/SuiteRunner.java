package org.chinaauto.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole suite on this machine: PostgreSQL (embedded, or the one named by PGHOST), one database per
 * service, every service that has been built, then waits until all are ready. Used by {@code bin/run-suite}
 * (Ctrl-C stops the services gracefully, then the database) and by the end-to-end tests.
 */
public final class SuiteRunner implements AutoCloseable {

    /** A service of the suite: its module folder, port offset from the base port, and database (none for the gateway). */
    public record Service(String name, int offset, String database) {

        static Service named(String name) {
            return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("gateway", 0, null),
            new Service("market-service", 1, "market"),
            new Service("exports-service", 2, "exports"),
            new Service("deliveries-service", 3, "deliveries"));

    private final Path root;
    private final int basePort;
    private final EmbeddedDatabase database;
    private final Path logs;
    private final Tokens tokens = new Tokens();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Process> replicas = new ArrayList<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();

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

    /**
     * Sets an environment variable of one service's process, over what the runner sets (for example
     * {@code EXPORTS_SERVICE_URL} of the gateway, to put something between it and exports-service); takes effect
     * when the service is next started.
     */
    public SuiteRunner environment(String service, String key, String value) {
        environments.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
        return this;
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
        String[] built = SERVICES.stream().filter(s -> Files.exists(jar(s))).map(Service::name).toArray(String[]::new);
        if (built.length == 0) {
            throw new IllegalStateException("no service has been built; run ./mvnw package -DskipTests first");
        }
        startOnly(built);
    }

    /** Freezes a running service (SIGSTOP): its port still accepts connections, nothing answers them. */
    public void pause(String service) throws Exception {
        signal(service, "STOP");
    }

    /** Lets a paused service run on (SIGCONT). */
    public void resume(String service) throws Exception {
        signal(service, "CONT");
    }

    /** Kills a service at once (SIGKILL), as a crash or the kernel's out-of-memory killer would. */
    public void kill(String service) throws InterruptedException {
        Process p = process(service);
        p.destroyForcibly();
        p.waitFor();
    }

    /** Starts a service that was killed or stopped again on its own port, and waits until it is ready. */
    public void restart(String service) throws Exception {
        Process old = processes.get(service);
        if (old != null && old.isAlive()) {
            throw new IllegalStateException(service + " is still running");
        }
        Process p = launch(Service.named(service), port(service), service, true);
        processes.put(service, p);
        try {
            Readiness.await(service, url(service), p, log(service));
        } catch (Exception e) {
            stopStarted(List.of(service));
            throw e;
        }
    }

    private void signal(String service, String signal) throws Exception {
        Signals.send(process(service), signal, service);
    }

    private Process process(String service) {
        Process p = processes.get(service);
        if (p == null) {
            throw new IllegalArgumentException(service + " is not running");
        }
        return p;
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }

    /**
     * Starts another replica of a running service on the given port, on the same database, and waits until it is
     * ready; {@link #close()} stops it with the rest. Returns its base URL.
     */
    public String startReplica(String service, int port) throws Exception {
        return startReplica(service, port, Map.of());
    }

    private Process launch(Service service, int port, String name, boolean again) throws Exception {
        return launch(service, port, name, again, Map.of());
    }

    private Process launch(Service service, int port, String name, boolean again, Map<String, String> settings)
            throws Exception {
        Path jar = jar(service);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("MP_JWT_VERIFY_PUBLICKEY", tokens.publicKeyPem());
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        // readable log lines (with the trace id) on this machine; production's default is JSON
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
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
        env.putAll(environments.getOrDefault(service.name(), Map.of()));
        env.putAll(settings);
        Path log = log(name);
        // a service started again (restart) keeps the log of its first life
        ProcessBuilder pb = new ProcessBuilder(JarCommand.of(jar))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        System.out.println("Starting " + name + " on port " + port + " (log: " + log + ")");
        return pb.start();
    }

    public int port(String service) {
        return basePort + Service.named(service).offset();
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

    /** Stops one service gracefully (SIGTERM), as when it goes down. */
    public void stop(String service) {
        Process p = processes.remove(service);
        if (p != null) {
            Signals.terminate(List.of(p));
        }
    }

    /** Stops every service, then the database. */
    @Override
    public void close() {
        List<Process> all = new ArrayList<>(replicas);
        all.addAll(processes.values());
        Signals.terminate(all);
        replicas.clear();
        processes.clear();
        try {
            database.close();
        } catch (IOException e) {
            System.err.println("Could not stop PostgreSQL cleanly: " + e.getMessage());
        }
        System.out.println("Suite stopped.");
    }

    /** Starts only the named services (built already), in that order, and waits until each is ready. */
    public void startOnly(String... names) throws Exception {
        Files.createDirectories(logs);
        List<String> started = new ArrayList<>();
        try {
            for (String name : names) {
                processes.put(name, launch(Service.named(name), port(name), name, false));
                started.add(name);
            }
            for (String name : names) {
                Readiness.await(name, url(name), processes.get(name), log(name));
            }
        } catch (Exception e) {
            stopStarted(started);
            throw e;
        }
    }

    /**
     * Stops services this runner has just started, when one of them could not start: a suite half started answers
     * nothing useful, and its processes would outlive the caller, holding their ports.
     */
    private void stopStarted(List<String> names) {
        System.err.println("Stopping what was started with it: " + String.join(", ", names));
        Signals.terminate(names.stream().map(processes::remove).toList());
    }

    /**
     * Like {@link #startReplica(String, int)}, with environment variables of its own (e.g. a setting to try), which
     * override the suite's. Returns its base URL.
     */
    public String startReplica(String service, int port, Map<String, String> settings) throws Exception {
        String name = service + "-replica-" + port;
        Process p = launch(Service.named(service), port, name, false, settings);
        String url = "http://localhost:" + port;
        try {
            Readiness.await(name, url, p, log(name));
        } catch (Exception e) {
            Signals.terminate(List.of(p));
            throw e;
        }
        replicas.add(p);
        return url;
    }
}
