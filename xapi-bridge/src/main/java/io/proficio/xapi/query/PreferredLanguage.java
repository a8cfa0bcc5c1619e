package io.proficio.xapi.query;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.xapi.query.StatementParts.replace;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses the one entry of a Language Map (xAPI 1.0.3 Data §4.2) to return in {@code canonical}
 * format. Communication §2.1.3 (Language Filtering Requirements) says to "apply the Accept-Language
 * header as described in RFC 2616 ... to each language map individually". The tag returned is the
 * first that applies of:
 * <ol>
 * <li>RFC 4647 §3.3.1 basic filtering ({@link Locale#filterTags}), which is RFC 2616 §14.4's
 * matching: a range matches a tag equal to it or beginning with it and a {@code -}; ranges are
 * tried by descending weight, {@code q=0} excludes, {@code *} matches anything else; among tags
 * matched by the same range, the map's order decides. So {@code fr-CA,fr;q=0.8,en;q=0.5} picks
 * {@code fr-FR} from {@code {"en-US", "fr-FR"}}: {@code fr-CA} matches nothing, {@code fr} matches
 * {@code fr-FR}, which outweighs {@code en} matching {@code en-US}.
 * <li>RFC 4647 §3.4 lookup ({@link Locale#lookupTag}), which shortens a range until it names a tag,
 * so {@code fr-CA} alone still finds {@code fr}; RFC 2616 would give nothing here, and any
 * language is better than an arbitrary one.
 * <li>{@code und} (undetermined, RFC 5646 §4.1), if the map has it.
 * <li>the map's first entry, as the map must still come back with exactly one language. This is
 * also what an absent Accept-Language gives (RFC 2616: every language is then acceptable).
 * </ol>
 * Tags compare without regard to case and come back as the map spells them.
 *
 * @param ranges the parsed Accept-Language header, e.g. from {@link Locale.LanguageRange#parse};
 *     empty when there is none; not {@code null}
 */
record PreferredLanguage(List<Locale.LanguageRange> ranges) {

    PreferredLanguage {
        ranges = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
    }

    /** {@code json} with each named member that is a Language Map cut down to one language. */
    JsonObject reduce(JsonObject json, String... languageMaps) {
        JsonObjectBuilder out = JSON.createObjectBuilder(json);
        for (String name : languageMaps) {
            replace(json, out, name, this::one);
        }
        return out.build();
    }

    private JsonObject one(JsonObject languageMap) {
        if (languageMap.size() <= 1) {
            return languageMap;
        }
        String tag = choose(languageMap.keySet());
        return JSON.createObjectBuilder().add(tag, languageMap.get(tag)).build();
    }

    /** @param tags not empty */
    String choose(Collection<String> tags) {
        return Locale.filterTags(ranges, tags).stream().findFirst()
                .or(() -> Optional.ofNullable(Locale.lookupTag(ranges, tags)))
                .or(() -> Optional.of("und"))
                .flatMap(found -> tags.stream().filter(tag -> tag.equalsIgnoreCase(found)).findFirst())
                .orElseGet(() -> tags.iterator().next());
    }
}
