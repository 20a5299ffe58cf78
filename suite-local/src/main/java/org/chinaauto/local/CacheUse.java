package org.chinaauto.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the runner's services use their AOT caches ({@link AotCache}): started with them, saying once a run when a
 * service starts without its cache and why, or recording them ({@link TrainingRun}), when a stop waits for the caches
 * to be written.
 */
final class CacheUse {

    /** A JVM recording its AOT cache writes it when it stops: seconds each, minutes for five at once on two cores. */
    private static final int CACHE_WRITING_SECONDS = 600;

    private final boolean recording;
    private final Set<String> told = new HashSet<>();

    private CacheUse(boolean recording) {
        this.recording = recording;
    }

    static CacheUse using() {
        return new CacheUse(false);
    }

    static CacheUse recording() {
        return new CacheUse(true);
    }

    /** The command that starts {@code service}'s jar. */
    List<String> command(String service, Path jar) {
        if (recording) {
            return JarCommand.recording(jar);
        }
        AotCache.unusable(jar).ifPresent(why -> tellOnce(service, service + " starts without an AOT cache, more "
                + "slowly: " + why));
        return JarCommand.of(jar);
    }

    /** Once {@code service} is ready: says when its JVM refused the cache it was given (and started without it). */
    void started(String service, Path log) throws IOException {
        if (!recording) {
            AotCache.refusal(log).ifPresent(said -> tellOnce(service, service + " started without its AOT cache, "
                    + "which its JVM refused: " + said));
        }
    }

    /** How long a stopping service is given before it is killed. */
    int stopSeconds() {
        return recording ? CACHE_WRITING_SECONDS : Signals.GRACE_SECONDS;
    }

    private void tellOnce(String service, String message) {
        if (told.add(service)) {
            System.out.println(message);
        }
    }
}
