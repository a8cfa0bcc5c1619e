package io.proficio.xapi.statement;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions whose Statement rules this package enforces, selected by the
 * {@code X-Experience-API-Version} request header (xAPI 1.0.3 Communication §3.3).
 */
public enum XapiVersion {
    /** xAPI 1.0.3; any {@code 1.0} or {@code 1.0.x} header is handled by the 1.0.3 rules. */
    V1_0_3,
    /** IEEE 9274.1.1 (xAPI 2.0); {@code 2.0} or {@code 2.0.x}. */
    V2_0_0;

    private static final Pattern V1 = Pattern.compile("1\\.0(\\.\\d+)?");
    private static final Pattern V2 = Pattern.compile("2\\.0(\\.\\d+)?");

    /**
     * Maps a header value to the version whose rules apply.
     *
     * @param header the raw header value; may be {@code null}; surrounding whitespace is ignored
     * @return the version, or empty when the header is absent or names an unsupported version
     */
    public static Optional<XapiVersion> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (V1.matcher(value).matches()) {
            return Optional.of(V1_0_3);
        }
        if (V2.matcher(value).matches()) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }
}
