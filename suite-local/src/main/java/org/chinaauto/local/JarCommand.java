package org.chinaauto.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts a service's jar. */
final class JarCommand {

    private JarCommand() {
    }

    /**
     * Starts a service's jar from its own folder, with the class data archive the build made beside it (AppCDS,
     * {@code quarkus.package.jar.appcds.enabled}) when there is one: the classes the service loads at start come
     * ready-parsed from it. The archive is only valid for the jar at that relative path.
     */
    static List<String> of(Path jar) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        if (Files.exists(jar.resolveSibling("app-cds.jsa"))) {
            command.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        command.addAll(List.of("-jar", jar.getFileName().toString()));
        return command;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
