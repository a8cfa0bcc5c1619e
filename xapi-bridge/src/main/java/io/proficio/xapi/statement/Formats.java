package io.proficio.xapi.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-effort checks of the scalar formats xAPI prescribes (xAPI 1.0.3 Data §4.3 IRIs, §4.4 UUIDs,
 * §4.5 Timestamps, §4.6 Durations, §2.2 language tags per RFC 5646). The specification allows
 * best-effort IRI and language-tag validation (Data §2.2.s4.b6, b7): these checks reject what is
 * clearly malformed rather than implementing RFC 3987 or the IANA subtag registry. All methods
 * return {@code false} for {@code null}.
 */
final class Formats {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A scheme (RFC 3986 §3.1) and a non-empty remainder without characters no IRI may contain. */
    private static final Pattern ABSOLUTE_IRI = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*:[^\\s\\p{Cntrl}<>\"{}|\\\\^`]+");
    private static final Pattern BAD_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");

    private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s<>\"]+@[^@\\s<>\"]+");
    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-fA-F]{40}");

    private static final String NUM = "\\d+(?:[.,]\\d+)?";
    /** ISO 8601 §4.4.3.2 durations: PnYnMnDTnHnMnS with at least one element, or PnW. */
    private static final Pattern DURATION = Pattern.compile(
            "P(?=[\\dT])(?:" + NUM + "Y)?(?:" + NUM + "M)?(?:" + NUM + "D)?"
                    + "(?:T(?=\\d)(?:" + NUM + "H)?(?:" + NUM + "M)?(?:" + NUM + "S)?)?"
                    + "|P" + NUM + "W");

    /** ISO 8601 extended date-time with seconds and a mandatory zone designator (RFC 3339 §5.6). */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d+)?"
                    + "(?:[Zz]|([+-])(\\d{2})(?::?(\\d{2}))?)");

    /** RFC 5646 §2.1 "langtag" production, case-insensitive. */
    private static final Pattern LANGTAG = Pattern.compile(
            "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
                    + "(?:-[a-z]{4})?"
                    + "(?:-(?:[a-z]{2}|\\d{3}))?"
                    + "(?:-(?:[a-z\\d]{5,8}|\\d[a-z\\d]{3}))*"
                    + "(?:-[\\da-wyz](?:-[a-z\\d]{2,8})+)*"
                    + "(?:-x(?:-[a-z\\d]{1,8})+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRIVATE_USE = Pattern.compile(
            "x(?:-[a-z\\d]{1,8})+", Pattern.CASE_INSENSITIVE);
    /** RFC 5646 §2.2.8 grandfathered tags (irregular and regular). */
    private static final Set<String> GRANDFATHERED = Set.of(
            "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
            "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl",
            "sgn-ch-de", "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka",
            "zh-min", "zh-min-nan", "zh-xiang");

    private Formats() {
    }

    /** A UUID in 8-4-4-4-12 hex form, any variant, either case (Data §4.4). */
    static boolean isUuid(String s) {
        return s != null && UUID.matcher(s).matches();
    }

    /** An absolute IRI: has a scheme (Data §2.2.s4.b1.b8, §4.3). Also used for IRLs. */
    static boolean isAbsoluteIri(String s) {
        return s != null && ABSOLUTE_IRI.matcher(s).matches() && !BAD_PERCENT.matcher(s).find();
    }

    /** An absolute URI: an absolute IRI restricted to ASCII (RFC 3986), as {@code openid} requires. */
    static boolean isAbsoluteUri(String s) {
        return isAbsoluteIri(s) && s.chars().allMatch(c -> c < 0x80);
    }

    /** A {@code mailto:} IRI holding one address (Data §2.4.2.3 {@code mbox}). */
    static boolean isMailtoIri(String s) {
        return s != null && MAILTO.matcher(s).matches();
    }

    /** 40 hexadecimal digits, the SHA-1 of a mailto IRI (Data §2.4.2.3 {@code mbox_sha1sum}). */
    static boolean isSha1Hex(String s) {
        return s != null && SHA1_HEX.matcher(s).matches();
    }

    /** An ISO 8601 duration (Data §4.6), e.g. {@code PT1H0M0S}, {@code P3W}. */
    static boolean isDuration(String s) {
        return s != null && DURATION.matcher(s).matches();
    }

    /**
     * An ISO 8601 date-time with seconds and a time zone designator (Data §4.5; RFC 3339 §5.6, which
     * xAPI 2.0 requires). Calendar and clock ranges are checked; a leap second (:60) is accepted. A
     * negative zero offset ({@code -00}, {@code -0000}, {@code -00:00}) is refused: RFC 3339 §4.3 gives it
     * the meaning "local time unknown", which is no time zone, and ADL's conformance suite refuses it.
     */
    static boolean isTimestampWithZone(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = TIMESTAMP.matcher(s);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return false;
        }
        boolean negativeZero = "-".equals(m.group(7)) && Integer.parseInt(m.group(8)) == 0
                && (m.group(9) == null || Integer.parseInt(m.group(9)) == 0);
        return Integer.parseInt(m.group(4)) <= 23
                && Integer.parseInt(m.group(5)) <= 59
                && Integer.parseInt(m.group(6)) <= 60
                && (m.group(8) == null || Integer.parseInt(m.group(8)) <= 23)
                && (m.group(9) == null || Integer.parseInt(m.group(9)) <= 59)
                && !negativeZero;
    }

    /** A well-formed RFC 5646 language tag (§2.1 syntax; subtags are not checked against IANA). */
    static boolean isLanguageTag(String s) {
        if (s == null) {
            return false;
        }
        return LANGTAG.matcher(s).matches()
                || PRIVATE_USE.matcher(s).matches()
                || GRANDFATHERED.contains(s.toLowerCase(Locale.ROOT));
    }
}
