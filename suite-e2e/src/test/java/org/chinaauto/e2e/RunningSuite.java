package org.chinaauto.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.SuiteRunner;

/** The packaged suite, started as bin/run-suite starts it, on free ports with a throw-away database. */
public final class RunningSuite {

    private RunningSuite() {
    }

    public static SuiteRunner start() throws Exception {
        return start(EmbeddedDatabase.startTemporary());
    }

    /** The suite on the given database server, which it owns from then on (stopped with it, or when it cannot start). */
    public static SuiteRunner start(EmbeddedDatabase database) throws Exception {
        SuiteRunner suite = on(database);
        try {
            suite.start();
        } catch (Exception e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    /**
     * The packaged suite on free ports over {@code database}, not started yet (to start only some services); every
     * answer of its services is checked against their documents ({@link SuiteContract}).
     */
    static SuiteRunner on(EmbeddedDatabase database) throws IOException {
        Path root = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        SuiteRunner suite = new SuiteRunner(root, freeBasePort(), database,
                root.resolve("suite-e2e/target/suite-logs").resolve(testClass()));
        SuiteContract.register(suite);
        return suite;
    }

    /** The suite on its ports and a throw-away database, not started yet (so that its environment can be changed first). */
    static SuiteRunner create() throws Exception {
        return on(EmbeddedDatabase.startTemporary());
    }

    /** The end-to-end test class starting a suite, whose logs are kept apart from the other tests' ({@code DashboardIT}). */
    private static String testClass() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .map(name -> name.substring(name.lastIndexOf('.') + 1)).filter(name -> name.endsWith("IT"))
                .findFirst().orElse("other"));
    }

    /**
     * A base port whose four ports are free, below the kernel's ephemeral range (32768 and up on Linux), where the
     * suite's own outgoing connections could take a port between this check and the service binding it.
     */
    private static int freeBasePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = unassigned();
            if (free(base) && free(base + 1) && free(base + 2) && free(base + 3)) {
                return base;
            }
        }
        throw new IOException("no four consecutive free ports found");
    }

    /** A port that is free now, below the ephemeral range too. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = unassigned();
            if (free(port)) {
                return port;
            }
        }
        throw new IOException("no free port found");
    }

    /** A port number in 12000-31995: above the registered services most machines run, below the ephemeral range. */
    private static int unassigned() {
        return 12000 + ThreadLocalRandom.current().nextInt(20000 - 4);
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
