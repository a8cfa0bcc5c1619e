package io.proficio.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret text of an API token: {@code pf_} and 43 base64url characters (256 random bits).
 * Shown to its owner once; only {@link #hash()} is stored.
 */
public record TokenSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "pf_";

    public static TokenSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The lowercase hex SHA-256 of the token, the only form kept at rest. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** The first characters, safe to show in lists so people can tell tokens apart. */
    public String displayPrefix() {
        return value.substring(0, Math.min(value.length(), 10));
    }

    /** Never the secret: the display prefix of a generated token, nothing of anything shorter. */
    @Override
    public String toString() {
        return value.length() > 2 * displayPrefix().length() ? displayPrefix() + "…" : "…";
    }
}
