package io.proficio.xapi.query;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.xapi.query.StatementParts.replace;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code canonical} format (xAPI 1.0.3 Communication §2.1.3): "return Activity Objects and
 * Verbs populated with the canonical definition of the Activity Objects and Display of the Verbs as
 * determined by the LRS, after applying the language filtering process ..., and return the original
 * Agent and Group Objects as in exact mode".
 *
 * <p>Proficio keeps no Activity or Verb definitions apart from the Statements that carry them, so
 * the definition "determined by the LRS" is the one in the Statement itself; what this format
 * changes is the language filtering. Every Language Map in a Verb ({@code display}), an Activity
 * definition ({@code name}, {@code description}) and its interaction components ({@code choices},
 * {@code scale}, {@code source}, {@code target}, {@code steps}: each {@code description}) is cut to
 * the one language {@link PreferredLanguage} picks — 1.0.3 says the LRS "MUST return only one
 * language in each of these maps" for Activities and SHOULD* for Verbs; IEEE 9274.1.1 §4.1.6.1
 * makes it "MUST ... within each language map for which it returns a canonical map".
 *
 * <p>Attachment {@code display} and {@code description} (Data §2.4.11) are cut the same way. The
 * specification does not name them, but they are Language Maps the client reads with the same
 * Accept-Language, and 2.0 lets the LRS return a canonical version of "any language map". Language
 * Maps inside extensions are left alone, as nothing says which extension values are Language Maps.
 * This applies inside a SubStatement and to context Activities too.
 */
final class CanonicalFormat {

    private static final List<String> INTERACTION_COMPONENTS = List.of("choices", "scale", "source", "target", "steps");

    private CanonicalFormat() {
    }

    static StatementRewrite rewrite(PreferredLanguage language) {
        return new StatementRewrite(UnaryOperator.identity(), verb -> language.reduce(verb, "display"),
                activity -> activity(activity, language),
                attachment -> language.reduce(attachment, "display", "description"));
    }

    private static JsonObject activity(JsonObject activity, PreferredLanguage language) {
        JsonObjectBuilder out = JSON.createObjectBuilder(activity);
        replace(activity, out, "definition", definition -> {
            JsonObjectBuilder reduced = JSON.createObjectBuilder(language.reduce(definition, "name", "description"));
            INTERACTION_COMPONENTS.forEach(list -> replace(definition, reduced, list,
                    component -> language.reduce(component, "description")));
            return reduced.build();
        });
        return out.build();
    }
}
