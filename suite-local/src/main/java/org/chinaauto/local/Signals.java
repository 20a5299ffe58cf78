package org.chinaauto.local;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Signals to a service's process: SIGTERM with a grace period before SIGKILL, and any other by {@code kill}. */
final class Signals {

    /** Beyond the services' quarkus.shutdown.timeout (20 s), as Kubernetes' terminationGracePeriodSeconds is. */
    static final int GRACE_SECONDS = 30;

    private Signals() {
    }

    /** Sends SIGTERM to every process, and SIGKILL to those still running after {@code graceSeconds}. */
    static void terminate(List<Process> list, int graceSeconds) {
        list.forEach(Process::destroy);
        for (Process p : list) {
            try {
                if (!p.waitFor(graceSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends the signal ({@code STOP}, {@code CONT}, ...) to the process of {@code service}. */
    static void send(Process process, String signal, String service) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + service + " failed");
        }
    }
}
