package org.chinaauto.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Trains every built service's AOT cache ({@link AotCache}): the whole suite started as {@code bin/run-suite} starts
 * it, on a throw-away database, each JVM recording; the {@link TrainingWorkload}; then every service stopped, each
 * JVM writing its cache as it exits. Run by the build (suite-e2e's package phase), so that the runner, the benchmarks
 * and the end-to-end tests start the services with the caches; nothing is done when every cache is up to date.
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> jars = SuiteService.ALL.stream().map(s -> SuiteRunner.jar(root, s)).filter(Files::exists).toList();
        if (jars.stream().allMatch(jar -> AotCache.unusable(jar).isEmpty())) {
            System.out.println("AOT caches up to date (" + jars.size() + " services)");
            return;
        }
        for (Path jar : jars) {
            Files.deleteIfExists(AotCache.of(jar));
        }
        Instant start = Instant.now();
        int requests;
        try (SuiteRunner suite = new SuiteRunner(root, FreePorts.base(SuiteService.ALL.size()),
                EmbeddedDatabase.startTemporary(), root.resolve("target/aot-training")).recordingCaches()) {
            suite.start();
            requests = new TrainingWorkload(suite).run();
            System.out.println("Training workload done (" + requests + " requests); the services write their caches "
                    + "as they stop");
        }
        for (Path jar : jars) {
            if (!Files.exists(AotCache.of(jar))) {
                throw new IllegalStateException("no AOT cache was written for " + jar.getParent().getParent().getParent()
                        + "; see its log in " + root.resolve("target/aot-training"));
            }
            AotCache.trained(jar);
            System.out.printf("  %s: %d MiB%n", AotCache.of(jar), Files.size(AotCache.of(jar)) >> 20);
        }
        System.out.printf("AOT caches trained in %d s%n", Duration.between(start, Instant.now()).toSeconds());
    }
}
