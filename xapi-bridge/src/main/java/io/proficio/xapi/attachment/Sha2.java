package io.proficio.xapi.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-2 digests that identify attachment data: the {@code sha2} of an Attachment object (xAPI 1.0.3
 * Data §2.4.11) and the {@code X-Experience-API-Hash} of a part (Communication §1.5.2.s2.b2.b3). The
 * algorithm is read from the length of the hex digest: 56, 64, 96 or 128 digits for SHA-224, SHA-256,
 * SHA-384 or SHA-512 (Communication §1.5.2.s4.b4 recommends the last three; SHA-224 is SHA-2 too).
 * SHA-512/224 and SHA-512/256 have the lengths of SHA-224 and SHA-256 and are read as those.
 */
final class Sha2 {

    private static final Map<Integer, String> ALGORITHM_BY_HEX_LENGTH =
            Map.of(56, "SHA-224", 64, "SHA-256", 96, "SHA-384", 128, "SHA-512");

    private Sha2() {
    }

    /** The digest algorithm for a hex digest of either case; empty when it is not one. */
    static Optional<String> algorithmOf(String hex) {
        if (hex == null || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ALGORITHM_BY_HEX_LENGTH.get(hex.length()));
    }

    /** Lower-case hex digest of {@code data}; {@code algorithm} one that {@link #algorithmOf} returns. */
    static String digest(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java SE platform has " + algorithm, e);
        }
    }
}
