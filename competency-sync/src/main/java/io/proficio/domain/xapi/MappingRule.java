package io.proficio.domain.xapi;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One tenant rule: statements with this verb have this effect on evidence. Its text form is
 * {@code {"verb": "<IRI>", "effect": "<slug>"}} with the slugs of {@link Effect}.
 *
 * @param verbIri the verb's IRI, absolute (RFC 3987: a scheme, then no blanks), never null
 * @param effect  what the verb does, never null
 * @throws IllegalArgumentException for a verb that is not an absolute IRI
 */
public record MappingRule(String verbIri, Effect effect) {

    /** RFC 3987 absolute IRI, checked loosely: a scheme, a colon, then anything without blanks. */
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

    public MappingRule {
        Objects.requireNonNull(verbIri, "verbIri");
        Objects.requireNonNull(effect, "effect");
        if (!isAbsoluteIri(verbIri)) {
            throw new IllegalArgumentException("A verb is an absolute IRI: '" + verbIri + "'");
        }
    }

    /** The verb's short name, used in rule names: "passed" for {@link Verbs#PASSED}. */
    public String verbName() {
        return Verbs.shortName(verbIri);
    }

    public JsonObject toJSONObject() {
        return JSON.createObjectBuilder().add("verb", verbIri).add("effect", effect.slug()).build();
    }

    /**
     * Reads one rule from its text form.
     *
     * @param json the rule, never null
     * @throws io.proficio.domain.error.ProficioException {@link ErrorCode#INVALID_REQUEST} with a
     *         pointer per problem
     */
    public static MappingRule parse(JsonValue json) {
        Violations violations = new Violations();
        Optional<MappingRule> rule = read(json, "", violations);
        violations.throwIfAny("The mapping rule is not valid");
        return rule.orElseThrow();
    }

    /** Reads a rule at {@code pointer}, adding a violation per problem; empty when there is any. */
    static Optional<MappingRule> read(JsonValue json, String pointer, Violations violations) {
        if (!(json instanceof JsonObject object)) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer,
                    "A rule is an object like {\"verb\": \"<IRI>\", \"effect\": \"aligned-level\"}.");
            return Optional.empty();
        }
        Optional<String> verb = text(object, "verb");
        if (verb.isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/verb", "A rule names its verb by IRI.");
        } else if (!isAbsoluteIri(verb.get())) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/verb",
                    "The verb '" + verb.get() + "' is not an absolute IRI such as " + Verbs.PASSED + ".");
        }
        Optional<String> effectText = text(object, "effect");
        Optional<Effect> effect = effectText.flatMap(Effect::parse);
        if (effect.isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, pointer + "/effect",
                    effectText.map(t -> "The effect '" + t + "' is unknown; ").orElse("A rule has an effect; ")
                            + "expected one of " + Effect.SLUGS + ".");
        }
        if (verb.isEmpty() || !isAbsoluteIri(verb.get()) || effect.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MappingRule(verb.get(), effect.get()));
    }

    private static Optional<String> text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string && !string.getString().isBlank()
                ? Optional.of(string.getString().strip())
                : Optional.empty();
    }

    private static boolean isAbsoluteIri(String text) {
        return ABSOLUTE_IRI.matcher(text).matches();
    }
}
