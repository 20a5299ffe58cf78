package org.chinaauto.local;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The command that starts a service's jar (the {@code aot-jar} package, {@code target/quarkus-app}), from its own
 * folder: with the AOT cache the build trained for it ({@link AotCache}) when there is one, or recording one for a
 * training run. The JVM options that shape the heap's objects are the same in both, since a cache is only used by a
 * JVM started as the one that made it.
 */
public final class JarCommand {

    /** The dynamic class data archive of the AppCDS comparison ({@link #main}), made by the first start that lacks it. */
    static final String APPCDS_FILE = "app-cds.jsa";

    /**
     * Compact object headers (JDK 25, JEP 519): 8-byte object headers instead of 12. Measured on market-service after
     * 400 reads and a full collection: 25.2 MB of live heap against 26.8 MB without (6 % less; the resident size
     * moved by less than its noise). Kept: it costs nothing measurable, and a load's many small objects gain most.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseCompactObjectHeaders");

    /**
     * The JVM as a dev overlay's container shapes it: a 384 MiB memory limit with the heap sized from it (half) as
     * {@code k8s/components/quarkus-service} sizes it ({@code JDK_JAVA_OPTIONS}), and a 500m CPU limit, which the JVM
     * counts as one processor; with one processor (or under 1,792 MiB) it picks the serial collector. The benchmark
     * harness starts a service so beside the others; the process still has this machine's cores.
     */
    static final List<String> CONTAINER = List.of("-XX:MaxRAM=384m", "-XX:MaxRAMPercentage=50",
            "-XX:InitialRAMPercentage=25", "-XX:ActiveProcessorCount=1", "-XX:+UseSerialGC");

    /** The option that starts a JVM with the AOT cache beside its jar. */
    private static final String WITH_CACHE = "-XX:AOTCache=" + AotCache.FILE;

    private JarCommand() {
    }

    /** Starts the service with its AOT cache, when it has one trained on this package and JVM. */
    static List<String> of(Path jar) {
        return AotCache.unusable(jar).isEmpty() ? command(jar, WITH_CACHE) : command(jar);
    }

    /** Starts the service recording what it loads and runs; its AOT cache is written when it exits. */
    static List<String> recording(Path jar) {
        return command(jar, "-XX:AOTCacheOutput=" + AotCache.FILE);
    }

    /**
     * Prints, one argument a line, the command that starts the jar {@code args[0]} as {@code args[1]} says:
     * {@code aot} (with its AOT cache, as the runner starts it), {@code appcds} (with a dynamic AppCDS archive instead,
     * made by the first start), {@code plain} (neither), {@code aot-container} (its AOT cache, as in a dev
     * container, {@link #CONTAINER}) or {@code recording}; the benchmark harness compares them.
     */
    public static void main(String[] args) {
        Path jar = Path.of(args[0]);
        List<String> command = switch (args[1]) {
            case "aot" -> command(jar, WITH_CACHE);
            case "appcds" -> command(jar, "-XX:SharedArchiveFile=" + APPCDS_FILE, "-XX:+AutoCreateSharedArchive");
            case "plain" -> command(jar);
            case "aot-container" -> command(jar, Stream.concat(CONTAINER.stream(), Stream.of(WITH_CACHE))
                    .toArray(String[]::new));
            case "recording" -> recording(jar);
            default -> throw new IllegalArgumentException("aot, appcds, plain, aot-container or recording, not "
                    + args[1]);
        };
        command.forEach(System.out::println);
    }

    static List<String> command(Path jar, String... options) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        return command;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
