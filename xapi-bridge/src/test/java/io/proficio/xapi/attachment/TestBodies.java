package io.proficio.xapi.attachment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Test helpers: bodies from text and bytes, digests, and JSON written with single quotes. */
final class TestBodies {

    static final String CRLF = "\r\n";

    private TestBodies() {
    }

    /** Concatenates {@code String}s (as UTF-8) and {@code byte[]}s. */
    static byte[] bytes(Object... pieces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object piece : pieces) {
            out.writeBytes(piece instanceof byte[] b ? b : piece.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The lines, each ended by CRLF. */
    static String lines(String... lines) {
        return String.join(CRLF, lines) + CRLF;
    }

    /** Every byte value 0x00 to 0xFF once, CR, LF and '-' included. */
    static byte[] everyByteValue() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    static String digest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] data) {
        return digest("SHA-256", data);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a JSON object in which {@code '} stands for {@code "}. */
    static JsonObject json(String singleQuoted) {
        try (JsonReader reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
