package io.proficio.xapi.query;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code format} parameter of GET Statements (xAPI 1.0.3 Communication §2.1.3; the same three
 * values and wording in IEEE 9274.1.1 §4.1.6.1): how much of each Agent, Group, Verb and Activity
 * a returned Statement carries. See {@code IdsFormat} and {@code CanonicalFormat} for what
 * {@code ids} and {@code canonical} keep; {@code exact} returns the Statement as stored, which is
 * what keeps Statements immutable for an LRS that imports them (Data §2.3.1).
 */
public final class StatementFormat {

    /** The values of the {@code format} parameter. */
    public enum Format {
        IDS, EXACT, CANONICAL;

        /** As written in a request: {@code ids}, {@code exact}, {@code canonical}. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private StatementFormat() {
    }

    /**
     * @param parameter the {@code format} query parameter; {@code null} when absent
     * @return {@code exact} when absent (the specification's default); the format it names; empty
     *     for any other value, including other spellings such as {@code IDS}, which the caller
     *     rejects with 400 Bad Request
     */
    public static Optional<Format> parse(String parameter) {
        if (parameter == null) {
            return Optional.of(Format.EXACT);
        }
        return Arrays.stream(Format.values()).filter(format -> format.parameter().equals(parameter)).findFirst();
    }

    /**
     * @param statement a Statement as stored; not {@code null}
     * @param format not {@code null}
     * @param acceptLanguage the request's Accept-Language ranges, e.g. from
     *     {@link Locale.LanguageRange#parse}; empty when the header is absent; read only for
     *     {@code canonical}; not {@code null}
     * @return the Statement in that format; {@code statement} itself for {@code exact}
     */
    public static JsonObject apply(JsonObject statement, Format format, List<Locale.LanguageRange> acceptLanguage) {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(acceptLanguage, "acceptLanguage");
        return switch (format) {
            case EXACT -> statement;
            case IDS -> IdsFormat.REWRITE.statement(statement);
            case CANONICAL -> CanonicalFormat.rewrite(new PreferredLanguage(acceptLanguage)).statement(statement);
        };
    }
}
