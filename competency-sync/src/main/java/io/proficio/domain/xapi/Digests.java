package io.proficio.domain.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Lower-case hex digests: SHA-256 keys of long IRIs and ids, SHA-1 ETags of documents. */
public final class Digests {

    private Digests() {
    }

    public static String sha256(String text) {
        return hex("SHA-256", text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha1(byte[] bytes) {
        return hex("SHA-1", bytes);
    }

    private static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has " + algorithm, e);
        }
    }
}
