package org.chinaauto.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's committed OpenAPI document ({@code api/<module>/openapi.json}): its operations, each found from a
 * request's method and path.
 */
final class ApiDocument {

    /** One operation: its method, templated path and declared responses (by status key: "200", "4XX", "default"). */
    record Operation(String method, String template, Pattern pattern, int literalChars, JsonNode responses) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}/]+}");

    final String name;
    final JsonNode root;
    final List<Operation> operations;

    private ApiDocument(String name, JsonNode root) {
        this.name = name;
        this.root = root;
        this.operations = operations(root);
    }

    /** The document of {@code module}, found in {@code api/<module>/} of the repository that holds the working directory. */
    static ApiDocument load(String module) {
        Path file = locate(module);
        try {
            return new ApiDocument(module, new ObjectMapper().readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private static Path locate(String module) {
        String root = System.getProperty("suite.root");
        for (Path dir = Path.of(root != null ? root : System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path candidate = dir.resolve("api").resolve(module).resolve("openapi.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no api/" + module + "/openapi.json above " + System.getProperty("user.dir"));
    }

    /**
     * The operation that answers {@code method} on {@code path} (a request path, no query): a literal path before a
     * templated one ({@code /api/brands/search} before {@code /api/brands/{slug}}); a HEAD is answered by its GET.
     */
    Optional<Operation> find(String method, String path) {
        String m = "HEAD".equalsIgnoreCase(method) ? "GET" : method.toUpperCase(Locale.ROOT);
        return operations.stream().filter(o -> o.method.equals(m) && o.pattern.matcher(path).matches()).findFirst();
    }

    private static List<Operation> operations(JsonNode root) {
        List<Operation> all = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = pattern(path.getKey());
            int literal = VARIABLE.matcher(path.getKey()).replaceAll("").length();
            path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().has("responses")) {
                    all.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), pattern, literal,
                            op.getValue().get("responses")));
                }
            });
        }
        all.sort(Comparator.comparingInt(Operation::literalChars).reversed());
        return List.copyOf(all);
    }

    /**
     * A template as a pattern: a variable is one path segment, except a last variable, which takes the rest of the
     * path (the gateway's pass-through {@code /api/services/{service}/{path}} relays {@code figures/history}).
     */
    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int at = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(at, variable.start())));
            regex.append(variable.end() == template.length() ? ".+" : "[^/]+");
            at = variable.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString());
    }
}
