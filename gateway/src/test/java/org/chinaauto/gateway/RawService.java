package org.chinaauto.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for a data service on a plain socket, for what an HTTP server library does not let a test do: answering
 * a POST before reading a byte of its body, and then neither reading on nor closing. By path: {@code /api/refuse}
 * answers 401 at once and reads nothing more for a while, then counts what still arrives until the connection ends;
 * {@code /api/count} reads the declared body and answers how many bytes came; {@code /api/silent} never answers.
 * {@code /stats} answers the counters below as {@code readAfterRefusal closed counted}, and {@code /reset} zeroes
 * them (a {@code @QuarkusTest} sees this class from another class loader than its profile: it asks over HTTP).
 */
final class RawService implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    /** Bytes a refusing connection received after its answer, and when it was closed by the gateway (0 while open). */
    final AtomicLong readAfterRefusal = new AtomicLong();
    final AtomicLong refusedConnectionClosedAt = new AtomicLong();
    /** Bytes the counting endpoint has received so far (of the current body). */
    final AtomicLong counted = new AtomicLong();

    RawService() throws IOException {
        server = new ServerSocket(0);
        connections.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    void reset() {
        readAfterRefusal.set(0);
        refusedConnectionClosedAt.set(0);
        counted.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.submit(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = head(in);
                if (head == null) {
                    return;
                }
                String path = head.split(" ", 3)[1];
                long length = declaredLength(head);
                if (path.startsWith("/stats") || path.startsWith("/reset")) {
                    if (path.startsWith("/reset")) {
                        reset();
                    }
                    answer(out, 200, "text/plain", readAfterRefusal.get() + " " + (refusedConnectionClosedAt.get() != 0)
                            + " " + counted.get());
                } else if (path.startsWith("/api/refuse")) {
                    answer(out, 401, "application/problem+json\r\nWWW-Authenticate: Bearer",
                            "{\"type\":\"https://chinaauto.org/problems/unauthenticated\",\"title\":\"Unauthorized\","
                                    + "\"status\":401,\"detail\":\"synthetic: refused unread\"}");
                    Thread.sleep(500); // reads nothing while the gateway relays the answer
                    drainUntilClosed(in);
                    return;
                } else if (path.startsWith("/api/count")) {
                    byte[] buffer = new byte[64 * 1024];
                    for (long left = length; left > 0;) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                        if (n < 0) {
                            return;
                        }
                        left -= n;
                        counted.addAndGet(n);
                    }
                    answer(out, 200, "application/json", "{\"received\":" + length + ",\"inserted\":" + length
                            + ",\"revised\":0,\"unchanged\":0}");
                } else {
                    Thread.sleep(60_000); // silent
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the gateway reset the connection, or the test ended
        }
    }

    private void drainUntilClosed(InputStream in) {
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                readAfterRefusal.addAndGet(n);
            }
        } catch (IOException reset) {
            // a reset is a close too
        }
        refusedConnectionClosedAt.set(System.nanoTime());
    }

    private static void answer(OutputStream out, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The request line and headers, or null when the connection ended first. */
    private static String head(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    private static long declaredLength(String head) {
        return head.lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElse(0);
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
