package org.chinaauto.e2e.badinput;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.chinaauto.e2e.SuiteContract;

/** What a service answered to a bad request: status, headers (names in lower case) and body. */
record Answer(int status, Map<String, String> headers, String body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    static Answer send(BadInput input, String baseUrl, String token) throws IOException, InterruptedException {
        if (input.raw() != null) {
            byte[] request = new String(input.raw(), ISO_8859_1).replace(BadInput.TOKEN, token).getBytes(ISO_8859_1);
            return overSocket(URI.create(baseUrl), request);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + input.uri())).timeout(TIMEOUT);
        if (input.authorization() != null) {
            request.header("Authorization", input.authorization().replace(BadInput.TOKEN, token));
        }
        if (input.body() != null) {
            request.header("Content-Type", input.contentType())
                    .method(input.method(), HttpRequest.BodyPublishers.ofByteArray(input.body()));
        } else {
            request.method(input.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        return new Answer(response.statusCode(), headers, response.body());
    }

    /** Sends bytes an HTTP client would refuse to send, and reads the answer until it is complete or closed. */
    private static Answer overSocket(URI base, byte[] request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            String head;
            try {
                head = readHead(in, seen);
            } catch (java.net.SocketTimeoutException e) {
                throw new IOException("no complete answer within " + TIMEOUT.toSeconds() + " s; received: '"
                        + seen.toString(ISO_8859_1) + "'", e);
            }
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            return new Answer(status, headers, new String(in.readNBytes(length), UTF_8));
        }
    }

    private static String readHead(InputStream in, ByteArrayOutputStream head) throws IOException {
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(ISO_8859_1).trim();
    }

    /** The ways this answer to {@code input} departs from the service's document (none when it meets it). */
    List<String> departures(BadInput input, String baseUrl) {
        String method = input.method();
        String target = input.uri();
        if (input.raw() != null) {
            String[] requestLine = new String(input.raw(), ISO_8859_1).split("\r\n", 2)[0].split(" ");
            method = requestLine[0];
            target = requestLine.length > 1 ? requestLine[1] : "/";
        }
        return SuiteContract.departures(method, URI.create(baseUrl).getPort(), target.split("\\?")[0], status,
                headers.get("content-type"), body);
    }

    boolean isProblem() {
        return headers.getOrDefault("content-type", "").startsWith("application/problem+json")
                && body.contains("\"status\":" + status);
    }
}
