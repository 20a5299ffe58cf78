package org.chinaauto.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service's AOT cache is used only with the package and JVM it was trained on, and a JVM that refuses it still
 * starts: checked with a real JVM on a small jar laid out as a service's package.
 */
class AotCacheTest {

    @Test
    void aCacheIsUsedOnlyWithThePackageItWasTrainedOn(@TempDir Path dir) throws Exception {
        Path jar = packaged(dir, "one");
        assertThat(AotCache.unusable(jar)).hasValueSatisfying(why -> assertThat(why).contains("no AOT cache"));

        assertThat(run(jar, JarCommand.recording(jar))).isEqualTo("one");
        assertThat(AotCache.of(jar)).exists();
        AotCache.trained(jar);
        assertThat(AotCache.unusable(jar)).isEmpty();
        assertThat(JarCommand.of(jar)).contains("-XX:AOTCache=app.aot");
        assertThat(run(jar, JarCommand.of(jar))).isEqualTo("one");

        // a later build of the package: the JVM would still take the trained build's classes from the cache
        packaged(dir, "two");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(AotCache.unusable(jar)).hasValueSatisfying(why -> assertThat(why).contains("another build"));
        assertThat(run(jar, JarCommand.command(jar, "-XX:AOTCache=app.aot"))).as("the JVM's own check").isEqualTo("one");
        assertThat(JarCommand.of(jar)).noneMatch(arg -> arg.startsWith("-XX:AOTCache"));
        assertThat(run(jar, JarCommand.of(jar))).isEqualTo("two");
    }

    @Test
    void aJvmThatRefusesTheCacheStartsWithoutItAndSaysWhy(@TempDir Path dir) throws Exception {
        Path jar = packaged(dir, "one");
        // a cache made with other object headers than the services' options give
        List<String> other = new ArrayList<>(JarCommand.recording(jar));
        other.add(1, "-XX:-UseCompactObjectHeaders");
        other.remove("-XX:+UseCompactObjectHeaders");
        run(jar, other);
        AotCache.trained(jar);

        assertThat(run(jar, JarCommand.of(jar))).as("started all the same").isEqualTo("one");
        assertThat(AotCache.refusal(dir.resolve("out.log")))
                .hasValueSatisfying(why -> assertThat(why).contains("UseCompactObjectHeaders"));
    }

    @Test
    void aJvmThatUsesTheCacheSaysNothing(@TempDir Path dir) throws Exception {
        Path jar = packaged(dir, "one");
        run(jar, JarCommand.recording(jar));
        AotCache.trained(jar);
        run(jar, JarCommand.of(jar));
        assertThat(AotCache.refusal(dir.resolve("out.log"))).isEmpty();
    }

    /** {@code dir/app/quarkus-run.jar}, whose main class prints {@code word}; its output goes to {@code dir/out.log}. */
    private static Path packaged(Path dir, String word) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Main.java"),
                "public class Main { public static void main(String[] a) { System.out.println(\"said " + word + "\"); } }");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", src.toString(),
                src.resolve("Main.java").toString());
        assertThat(compiled).isZero();
        Path jar = Files.createDirectories(dir.resolve("app")).resolve("quarkus-run.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("Main.class"));
            out.write(Files.readAllBytes(src.resolve("Main.class")));
            out.closeEntry();
        }
        return jar;
    }

    /** Runs the command from the jar's folder; returns what the program said (not what the JVM says of its cache). */
    private static String run(Path jar, List<String> command) throws Exception {
        Path log = jar.getParent().getParent().resolve("out.log");
        Process p = new ProcessBuilder(command).directory(jar.getParent().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertThat(p.waitFor()).as(Files.readString(log)).isZero();
        return Files.readAllLines(log).stream().filter(l -> l.startsWith("said ")).map(l -> l.substring(5))
                .findFirst().orElse("nothing");
    }
}
