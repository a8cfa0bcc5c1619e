package io.proficio.domain.person;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One identifier of a person in its canonical text form, e.g. {@code mailto:jdoe@example.com},
 * {@code lti:https://canvas.instructure.com|7f3a…}, {@code account:https://lms.example.com|jdoe}.
 * Email addresses are compared case-insensitively (lower-cased), as LMSs and HR systems treat them;
 * everything else exactly.
 */
public record PersonIdentifier(IdentifierKind kind, String value) {

    private static final Pattern SHA1_HEX = Pattern.compile("[0-9a-f]{40}");

    /** The text form: the kind's prefix and the value. */
    public String text() {
        return kind.prefix() + value;
    }

    @Override
    public String toString() {
        return text();
    }

    /**
     * Reads an identifier in text form.
     *
     * @return empty when the text is not one of the forms, with a reason in {@link #problem(String)}
     */
    public static Optional<PersonIdentifier> parse(String text) {
        return problem(text) == null ? Optional.of(read(text.strip())) : Optional.empty();
    }

    /** What is wrong with the text as an identifier, or null when it is a valid one. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "An identifier is required.";
        }
        String stripped = text.strip();
        for (IdentifierKind kind : IdentifierKind.values()) {
            if (stripped.regionMatches(true, 0, kind.prefix(), 0, kind.prefix().length())) {
                return valueProblem(kind, stripped.substring(kind.prefix().length()));
            }
        }
        return "'" + stripped + "' is not an identifier; use mailto:, mbox_sha1sum:, account:<homePage>|<name>,"
                + " openid:, lti:<iss>|<sub> or hr:.";
    }

    private static String valueProblem(IdentifierKind kind, String value) {
        return switch (kind) {
            case MBOX -> value.contains("@") && value.indexOf('@') > 0 && value.indexOf('@') < value.length() - 1
                    ? null : "mailto: needs an email address.";
            case MBOX_SHA1SUM -> SHA1_HEX.matcher(value.toLowerCase(Locale.ROOT)).matches()
                    ? null : "mbox_sha1sum: needs 40 hexadecimal characters.";
            case ACCOUNT, LTI -> pairProblem(kind, value);
            case OPENID -> absoluteUri(value) ? null : "openid: needs an absolute URI.";
            case HR -> value.isBlank() ? "hr: needs an employee id." : null;
        };
    }

    private static String pairProblem(IdentifierKind kind, String value) {
        int bar = value.indexOf('|');
        String what = kind == IdentifierKind.LTI ? "lti:<iss>|<sub>" : "account:<homePage>|<name>";
        if (bar <= 0 || bar == value.length() - 1) {
            return "Write it as " + what + ".";
        }
        return absoluteUri(value.substring(0, bar)) ? null : "The first part of " + what + " must be an absolute URI.";
    }

    private static boolean absoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static PersonIdentifier read(String text) {
        for (IdentifierKind kind : IdentifierKind.values()) {
            if (text.regionMatches(true, 0, kind.prefix(), 0, kind.prefix().length())) {
                String value = text.substring(kind.prefix().length());
                boolean caseless = kind == IdentifierKind.MBOX || kind == IdentifierKind.MBOX_SHA1SUM;
                return new PersonIdentifier(kind, caseless ? value.toLowerCase(Locale.ROOT) : value);
            }
        }
        throw new IllegalArgumentException("Not an identifier: " + text);
    }

    /**
     * For an email identifier, the {@code mbox_sha1sum} identifier of the same person
     * (xAPI 1.0.3 Data §2.4.2.3: the hex SHA-1 of the {@code mailto:} IRI).
     */
    public Optional<PersonIdentifier> sha1Twin() {
        if (kind != IdentifierKind.MBOX) {
            return Optional.empty();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text().getBytes(StandardCharsets.UTF_8));
            return Optional.of(new PersonIdentifier(IdentifierKind.MBOX_SHA1SUM, HexFormat.of().formatHex(digest)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java runtime", e);
        }
    }
}
