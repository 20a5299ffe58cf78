package org.chinaauto.e2e;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What an end-to-end test class starts for all its tests (the packaged suite, a database server, a browser, a
 * receiver of traces, ...), closed after its last test: the last started first, each one even when another fails to
 * close. Whatever was started before a start failed is closed too.
 */
public final class ClosedAfterAll implements AfterAllCallback {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /** {@code resource}, to be closed after the class's last test, returned for the test to keep. */
    public <T extends AutoCloseable> T add(T resource) {
        started.push(resource);
        return resource;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Exception failure = null;
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
