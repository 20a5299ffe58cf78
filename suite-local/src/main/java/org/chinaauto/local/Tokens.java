package org.chinaauto.local;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * A signing key for local runs and tests, and RS256 bearer tokens signed with it (smallrye-jwt's builder). The
 * services verify tokens against the public key ({@code mp.jwt.verify.publickey}), the issuer and the audience
 * ({@code mp.jwt.verify.audiences}); the private key never leaves memory.
 */
public final class Tokens {

    public static final String ISSUER = "china-auto-suite";
    /** The suite's APIs as one audience: a token the same issuer made for another API is refused. */
    public static final String AUDIENCE = "china-auto-api";

    private final KeyPair keys;

    public Tokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as PEM text, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    /** The private key's encoded form, so that a test can check it appears nowhere (logs, answers). */
    public String privateKeyMaterial() {
        return Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());
    }

    /**
     * The claims of a valid token for {@code subject} with the given roles (the {@code groups} claim), valid for
     * {@code lifetime} from now; a caller may change any of them before {@link #sign}ing.
     */
    public JwtClaimsBuilder claims(String subject, List<String> roles, Duration lifetime) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(new LinkedHashSet<>(roles)).issuedAt(now).expiresAt(now.plus(lifetime));
    }

    /** The claims signed with RS256 by this key. */
    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(keys.getPrivate());
    }

    /** A token for {@code subject} with the given roles (the {@code groups} claim), valid for {@code lifetime}. */
    public String token(String subject, List<String> roles, Duration lifetime) {
        return sign(claims(subject, roles, lifetime));
    }

    public String editor() {
        return token("local-editor", List.of("editor"), Duration.ofHours(12));
    }

    public String reader() {
        return token("local-reader", List.of("reader"), Duration.ofHours(12));
    }

    private static String pem(String type, byte[] encoded) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----";
    }
}
