package org.chinaauto.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A service's AOT cache (JDK 25: classes loaded and linked, method profiles and compiled code, JEP 483, 514, 515):
 * {@code app.aot} beside its jar, trained by {@link TrainingRun}, and {@code app.aot.source} beside it, naming the JVM
 * and the package it was trained on. The JVM itself only checks the first: a cache left from an earlier build would
 * give the service that build's classes, so a cache is used only with the package and JVM it was trained on.
 */
final class AotCache {

    static final String FILE = "app.aot";
    private static final String SOURCE = "app.aot.source";

    private AotCache() {
    }

    static Path of(Path jar) {
        return jar.resolveSibling(FILE);
    }

    /** Why the cache beside {@code jar} cannot be used by this JVM; empty when it can. */
    static Optional<String> unusable(Path jar) {
        if (!Files.exists(of(jar))) {
            return Optional.of("it has no AOT cache (train one with ./mvnw install)");
        }
        Path source = jar.resolveSibling(SOURCE);
        try {
            if (!Files.exists(source) || !Files.readString(source).equals(sourceOf(jar))) {
                return Optional.of("its AOT cache was trained on another build or JVM (train again with ./mvnw install)");
            }
        } catch (IOException e) {
            return Optional.of("its AOT cache's source cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Notes, once its cache has been written, what it was trained on. */
    static void trained(Path jar) throws IOException {
        Files.writeString(jar.resolveSibling(SOURCE), sourceOf(jar));
    }

    /**
     * What the JVM wrote in the service's log when it could not use the cache (it then starts without it); empty when
     * it wrote nothing of the kind.
     */
    static Optional<String> refusal(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Unable to use AOT cache")) {
                // the JVM gives its reason on the next line, continuing the first
                boolean reason = i + 1 < lines.size() && lines.get(i + 1).startsWith("[ ");
                return Optional.of(reason ? lines.get(i + 1).replaceFirst("^\\[ *\\] *", "") : lines.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * This JVM, and every file of the package with its size and modification time (the package's build rewrites them
     * all), save the caches beside it.
     */
    private static String sourceOf(Path jar) {
        Path app = jar.getParent();
        try (Stream<Path> files = Files.walk(app)) {
            String listing = files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(FILE)
                            && !f.getFileName().toString().equals(JarCommand.APPCDS_FILE))
                    .sorted()
                    .map(f -> app.relativize(f) + " " + size(f) + " " + modified(f))
                    .collect(Collectors.joining("\n"));
            return "jvm " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.version") + " "
                    + System.getProperty("java.home") + "\noptions " + JarCommand.JVM_OPTIONS + "\n" + listing + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
