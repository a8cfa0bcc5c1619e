package io.proficio.domain.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing per Standard Webhooks (https://www.standardwebhooks.com, "Signature scheme"): the signed
 * content is {@code id.timestamp.body}; the signature {@code v1,} and the base64 HMAC-SHA256 of it
 * under the secret's key, the secret being {@code whsec_} and the base64 of the key. While a secret
 * is being rotated, the {@code webhook-signature} header carries a signature per secret, separated by
 * spaces, and a receiver accepts the message when any one verifies.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    /** 32 random bytes: the spec asks for between 24 and 64. */
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** @throws IllegalArgumentException when the secret is not {@code whsec_} and base64 */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The {@code webhook-signature} header value: one signature per secret, in the order given. */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
