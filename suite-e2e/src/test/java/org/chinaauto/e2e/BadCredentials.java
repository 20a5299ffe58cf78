package org.chinaauto.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chinaauto.local.Tokens;

/** Every kind of bad credentials a write must refuse with a 401: the Authorization header to send (null: none). */
final class BadCredentials {

    private BadCredentials() {
    }

    static Map<String, String> of(Tokens tokens) {
        Instant now = Instant.now();
        String editor = tokens.editor();
        List<String> editors = List.of("editor");
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("no token", null);
        cases.put("expired", bearer(tokens.sign(tokens.claims("syn-editor", editors, Duration.ofHours(1))
                .issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1))))));
        cases.put("not yet valid", bearer(tokens.sign(tokens.claims("syn-editor", editors, Duration.ofHours(1))
                .issuedAt(now.plus(Duration.ofHours(1))).claim("nbf", now.plus(Duration.ofHours(1)).getEpochSecond())
                .expiresAt(now.plus(Duration.ofHours(2))))));
        cases.put("wrong issuer", bearer(tokens.sign(tokens.claims("syn-editor", editors, Duration.ofHours(1))
                .issuer("syn-other-issuer"))));
        cases.put("wrong audience", bearer(tokens.sign(tokens.claims("syn-editor", editors, Duration.ofHours(1))
                .audience("syn-other-api"))));
        cases.put("signed with another key", bearer(new Tokens().editor()));
        String[] parts = editor.split("\\.");
        cases.put("alg none", bearer(base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + "."));
        cases.put("garbage", bearer("syn-not-a-token"));
        cases.put("two parts", bearer(parts[0] + "." + parts[1]));
        cases.put("bad base64", bearer(parts[0] + ".%%%" + parts[1].substring(3) + "." + parts[2]));
        cases.put("valid token in Basic scheme", "Basic " + editor);
        return cases;
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
