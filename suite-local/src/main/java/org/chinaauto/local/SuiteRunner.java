package org.chinaauto.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole suite on this machine: one database per service on the given PostgreSQL, every service that has
 * been built, each started, paused, killed, restarted or replicated on demand, and waits until each is ready. Used by
 * {@code bin/run-suite} ({@link RunSuite}), the benchmarks and the end-to-end tests.
 */
public final class SuiteRunner implements AutoCloseable {

    private final Path root;
    private final int basePort;
    private final EmbeddedDatabase database;
    private final Path logs;
    private final Tokens tokens = new Tokens();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final List<Process> replicas = new ArrayList<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private CacheUse caches = CacheUse.using();

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

    /**
     * Has every service started from now on record what it loads and runs, and write its AOT cache when it stops
     * ({@link TrainingRun}); {@link #close()} then waits for the caches to be written.
     */
    SuiteRunner recordingCaches() {
        caches = CacheUse.recording();
        return this;
    }

    /** Starts every built service and waits until each is ready. */
    public void start() throws Exception {
        String[] built = SuiteService.ALL.stream().filter(s -> Files.exists(jar(s))).map(SuiteService::name)
                .toArray(String[]::new);
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
        Process p = launch(SuiteService.named(service), port(service), service, true);
        processes.put(service, p);
        try {
            awaitReady(service, url(service), p);
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

    /** Where each service's output goes ({@code <service>.log}). */
    public Path logs() {
        return logs;
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

    private Process launch(SuiteService service, int port, String name, boolean again) throws Exception {
        return launch(service, port, name, again, Map.of());
    }

    private Process launch(SuiteService service, int port, String name, boolean again, Map<String, String> settings)
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
        for (SuiteService other : SuiteService.ALL) {
            String key = other.name().replace("-service", "").toUpperCase() + "_SERVICE_URL";
            env.put(key, "http://localhost:" + port(other.name()));
        }
        env.putAll(environments.getOrDefault(service.name(), Map.of()));
        env.putAll(settings);
        Path log = log(name);
        // a service started again (restart) keeps the log of its first life
        ProcessBuilder pb = new ProcessBuilder(caches.command(service.name(), jar))
                .directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(again ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().putAll(env);
        System.out.println("Starting " + name + " on port " + port + " (log: " + log + ")");
        return pb.start();
    }

    /** Waits until the process is ready; says once when its JVM could not use the AOT cache it was given. */
    private void awaitReady(String name, String url, Process process) throws Exception {
        Readiness.await(name, url, process, log(name));
        caches.started(name.replaceFirst("-replica-\\d+$", ""), log(name));
    }

    public int port(String service) {
        return basePort + SuiteService.named(service).offset();
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

    private Path jar(SuiteService service) {
        return jar(root, service);
    }

    /** The service's packaged jar in the repository at {@code root}. */
    static Path jar(Path root, SuiteService service) {
        return root.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Stops one service gracefully (SIGTERM), as when it goes down. */
    public void stop(String service) {
        Process p = processes.remove(service);
        if (p != null) {
            Signals.terminate(List.of(p), caches.stopSeconds());
        }
    }

    /** Stops every service (when recording, once each has written its AOT cache), then the database. */
    @Override
    public void close() {
        List<Process> all = new ArrayList<>(replicas);
        all.addAll(processes.values());
        Signals.terminate(all, caches.stopSeconds());
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
                processes.put(name, launch(SuiteService.named(name), port(name), name, false));
                started.add(name);
            }
            for (String name : names) {
                awaitReady(name, url(name), processes.get(name));
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
        Signals.terminate(names.stream().map(processes::remove).toList(), caches.stopSeconds());
    }

    /**
     * Like {@link #startReplica(String, int)}, with environment variables of its own (e.g. a setting to try), which
     * override the suite's. Returns its base URL.
     */
    public String startReplica(String service, int port, Map<String, String> settings) throws Exception {
        String name = service + "-replica-" + port;
        Process p = launch(SuiteService.named(service), port, name, false, settings);
        String url = "http://localhost:" + port;
        try {
            awaitReady(name, url, p);
        } catch (Exception e) {
            Signals.terminate(List.of(p), caches.stopSeconds());
            throw e;
        }
        replicas.add(p);
        return url;
    }
}
