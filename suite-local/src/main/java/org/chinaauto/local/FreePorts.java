package org.chinaauto.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports free on this machine for a suite started beside others (the end-to-end tests, the AOT training run): taken
 * below the kernel's ephemeral range (32768 and up on Linux), where the suite's own outgoing connections could take a
 * port between this check and the service binding it.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** A base port whose {@code count} consecutive ports are free. */
    public static int base(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = unassigned(count);
            boolean all = true;
            for (int i = 0; i < count && all; i++) {
                all = free(base + i);
            }
            if (all) {
                return base;
            }
        }
        throw new IOException("no " + count + " consecutive free ports found");
    }

    /** A port that is free now. */
    public static int one() throws IOException {
        return base(1);
    }

    /** A port number in 12000-31999 (less the run): above the registered services most machines run. */
    private static int unassigned(int count) {
        return 12000 + ThreadLocalRandom.current().nextInt(20000 - count);
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
