package org.chinaauto.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import org.chinaauto.local.EmbeddedDatabase;
import org.chinaauto.local.SuiteRunner;
import org.junit.jupiter.api.Test;

/**
 * A suite that cannot start (here: exports-service's port is taken by another program) says which service failed
 * and stops the services it had started with it, instead of leaving them running on their ports.
 */
class SuiteStartIT {

    @Test
    void aServiceThatCannotStartStopsTheOthersStartedWithIt() throws Exception {
        SuiteRunner suite = RunningSuite.on(EmbeddedDatabase.startTemporary());
        List<String> others = List.of("gateway", "market-service", "deliveries-service");
        try (ServerSocket taken = new ServerSocket(suite.port("exports-service"))) {
            assertThatThrownBy(suite::start).hasMessageContaining("exports-service exited");

            assertThat(suite.running()).isEmpty();
            for (String service : others) {
                assertThat(listening(suite.port(service))).as(service + " still listening").isFalse();
            }
        } finally {
            suite.close();
        }
    }

    private static boolean listening(int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("localhost", port), 2000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }
}
