package io.proficio.domain.xapi;

import io.proficio.domain.alignment.Alignment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which activities of a statement count, which alignment wins, and what the mapping rules read:
 * pure functions of the statement and the tenant's alignments, so every rule is table-tested.
 */
public final class StatementMatching {

    private StatementMatching() {
    }

    /**
     * The activities whose alignments apply: the object's activity, then its parent and grouping
     * activities (xAPI Data §2.4.6.2: the statement is part of those), each once. Category and
     * "other" activities describe the statement, they are not what was done.
     */
    public static List<String> candidates(Statement statement) {
        return Stream.concat(statement.objectActivityId().stream(),
                        Stream.of("parent", "grouping").flatMap(kind -> statement.contextActivities(kind).stream()))
                .distinct().toList();
    }

    /**
     * For each competency, the alignment with the highest level among those the candidates match:
     * exactly (an alignment naming the IRI, as an xAPI activity or as a course) or by IRI prefix.
     * On equal levels the first found wins: the candidates' order, exact matches before prefixes.
     *
     * @param exact    the alignments naming an IRI itself; never null, empty when none
     * @param prefixes the tenant's prefix alignments
     * @return competency id → the winning alignment, in the order competencies were first matched
     */
    public static Map<String, Alignment> strongest(List<String> candidates, Function<String, List<Alignment>> exact,
                                                   List<Alignment> prefixes) {
        Map<String, Alignment> byCompetency = new LinkedHashMap<>();
        for (String iri : candidates) {
            Stream.concat(exact.apply(iri).stream(), prefixes.stream().filter(a -> iri.startsWith(a.content().ref())))
                    .forEach(a -> byCompetency.merge(a.competencyId().value(), a,
                            (kept, other) -> other.level() > kept.level() ? other : kept));
        }
        return byCompetency;
    }

    /**
     * Verb and result as the mapping rules read them; a cmi5 statement (its category activity) is
     * judged as cmi5 says, with the AU's {@code masteryScore} context extension (cmi5 §9.6.2.2).
     */
    public static StatementFacts facts(Statement statement) {
        return new StatementFacts(statement.verbId(), statement.success(), statement.completion(),
                statement.scaledScore(), statement.contextActivities("category").contains(Verbs.CMI5_CATEGORY),
                Optional.empty(), statement.contextNumber(Verbs.MASTERY_SCORE_EXTENSION));
    }
}
