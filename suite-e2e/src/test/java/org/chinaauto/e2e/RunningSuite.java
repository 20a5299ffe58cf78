package org.chinaauto.e2e;

import java.io.IOException;
import java.nio.file.Path;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.FreePorts;
import org.chinaauto.local.SuiteRunner;
import org.chinaauto.local.SuiteService;

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
        SuiteRunner suite = new SuiteRunner(root, FreePorts.base(SuiteService.ALL.size()), database,
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

    /** A port that is free now (for a replica or a stand-in server). */
    static int freePort() throws IOException {
        return FreePorts.one();
    }
}
