package org.chinaauto.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.chinaauto.local.EmbeddedDatabase;

/**
 * A PostgreSQL server from Debian's packages ({@code /usr/lib/postgresql/<version>/bin}) that a test starts, stops,
 * hangs and restarts under the running suite: a throw-away data directory, a free port, default (durable) settings.
 * PostgreSQL refuses to run as root, so as root every server command runs as the {@code postgres} user the package
 * creates.
 */
final class DebianPostgres implements AutoCloseable {

    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;

    private DebianPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
    }

    /** Creates a cluster (trust authentication, on localhost only) and starts it. */
    static DebianPostgres startTemporary() throws Exception {
        DebianPostgres pg = new DebianPostgres(binaries(), Files.createTempDirectory("faults-pg"), RunningSuite.freePort());
        Files.setPosixFilePermissions(pg.dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (asRoot()) {
            run(List.of("chown", USER, pg.dir.toString()));
        }
        pg.server(List.of(pg.bin.resolve("initdb").toString(), "-D", pg.data.toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--no-sync"));
        pg.start();
        return pg;
    }

    /** The newest PostgreSQL installed from Debian's packages. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IOException("no PostgreSQL under /usr/lib/postgresql/*/bin"));
        }
    }

    /** The server as the suite sees it: what PGHOST, PGPORT, PGUSER and PGPASSWORD would name. */
    EmbeddedDatabase database() {
        return EmbeddedDatabase.existing("localhost", port, USER, PASSWORD);
    }

    int port() {
        return port;
    }

    /** Starts the server and waits until it accepts connections. */
    void start() throws Exception {
        pgCtl("start", "-w", "-t", "60", "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=localhost -k " + dir);
    }

    /** Stops the server: {@code fast} ends the sessions and checkpoints; {@code immediate} is a crash, recovered at start. */
    void stop(String mode) throws Exception {
        pgCtl("stop", "-w", "-t", "60", "-m", mode);
    }

    /** Freezes the postmaster and every backend (SIGSTOP): connections stay open and nothing answers. */
    void hang() throws Exception {
        signal("-STOP");
    }

    /** Lets a frozen server go on (SIGCONT). */
    void resume() throws Exception {
        signal("-CONT");
    }

    /** Signals the postmaster first (frozen, it starts no new backend), then each of its backends. */
    private void signal(String signal) throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        run(List.of("kill", signal, Long.toString(postmaster)));
        for (ProcessHandle backend : ProcessHandle.of(postmaster).orElseThrow().descendants().toList()) {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(backend.pid())).redirectErrorStream(true)
                    .start();
            // a backend that ended between being listed and being signalled is no failure
            if (kill.waitFor() != 0 && backend.isAlive()) {
                throw new IOException("kill " + signal + " " + backend.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes()));
            }
        }
    }

    private void pgCtl(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(args));
        server(command);
    }

    /** Runs a server command as the postgres user when this process is root. */
    private void server(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Lets the server go on if frozen, stops it and removes its directory. */
    @Override
    public void close() throws Exception {
        try {
            resume();
        } catch (Exception e) {
            // not running
        }
        try {
            stop("immediate");
        } catch (Exception e) {
            // stopped already
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
