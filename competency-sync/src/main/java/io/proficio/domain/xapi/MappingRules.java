package io.proficio.domain.xapi;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.xapi.MappingOutcome.Evidence;
import io.proficio.domain.xapi.MappingOutcome.NoEvidence;
import io.proficio.domain.xapi.MappingOutcome.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A tenant's rules from xAPI verbs to competency evidence: the whole list, in order, one rule per
 * verb. A tenant starts from {@link #defaults()} and edits it; a verb without a rule yields no
 * evidence ({@link Reason#UNKNOWN_VERB}).
 *
 * <p>{@link #map} names the rule that decided in {@link Evidence#rule()}, built from the verb's
 * short name ({@link Verbs#shortName}):
 * <ul>
 * <li>{@code <verb>} — the aligned level ({@code passed}, {@code mastered}, {@code waived}, {@code satisfied});</li>
 * <li>{@code <verb>-score} — the level the scaled score maps to, capped; {@code <verb>-mastery-score}
 *     when, lacking {@code result.success}, the cmi5 masteryScore decided the statement passed or failed;</li>
 * <li>{@code failed}, {@code failed-score} — a failure; {@code <verb>-unsuccessful}[{@code -score}] — a
 *     failure reported by {@code result.success} false (or masteryScore) on another outcome verb;</li>
 * <li>{@code <verb>-successful}[{@code -score}] — a completion with success, as passed;</li>
 * <li>{@code <verb>-moveon} — a cmi5 completion that meets the AU's moveOn;</li>
 * <li>{@code completion} — completion only, at level 1;</li>
 * <li>{@code scored} — the level from a score.</li>
 * </ul>
 *
 * @param rules the rules, at most one per verb, never null
 * @throws IllegalArgumentException when two rules name the same verb
 */
public record MappingRules(List<MappingRule> rules) {

    /** ADL passed (and cmi5 §9.3.4 Passed, same IRI): the learner met the criterion the content was aligned at. */
    public static final MappingRule PASSED = new MappingRule(Verbs.PASSED, Effect.ALIGNED_LEVEL);
    /** ADL mastered: mastery is at least what passing shows. */
    public static final MappingRule MASTERED = new MappingRule(Verbs.MASTERED, Effect.ALIGNED_LEVEL);
    /** ADL failed (cmi5 §9.3.5): an attempt that fell short still shows a lower level; never ignored silently. */
    public static final MappingRule FAILED = new MappingRule(Verbs.FAILED, Effect.LEVEL_BELOW);
    /**
     * ADL completed (cmi5 §9.3.3): having worked through content shows awareness, not mastery, unless
     * it succeeded or cmi5 moveOn makes completion what the AU asks for.
     */
    public static final MappingRule COMPLETED = new MappingRule(Verbs.COMPLETED, Effect.COMPLETION_LEVEL);
    /** cmi5 §9.3.9 Satisfied: the LMS found the moveOn criteria of a block or course met. */
    public static final MappingRule SATISFIED = new MappingRule(Verbs.SATISFIED, Effect.ALIGNED_LEVEL);
    /** The other spelling of satisfied (see {@link Verbs#SATISFIED_ADLNET_HTTPS}), so it is not lost. */
    public static final MappingRule SATISFIED_ADLNET_HTTPS =
            new MappingRule(Verbs.SATISFIED_ADLNET_HTTPS, Effect.ALIGNED_LEVEL);
    /** ADL scored: a score is the whole statement, so the score decides the level. */
    public static final MappingRule SCORED = new MappingRule(Verbs.SCORED, Effect.SCORE_LEVEL);
    /**
     * cmi5 §9.3.7 Waived: the LMS judged the AU's requirements met by other means (prior learning,
     * equivalent credit), so it counts as passing; a tenant that disagrees sets it to not-an-outcome.
     */
    public static final MappingRule WAIVED = new MappingRule(Verbs.WAIVED, Effect.ALIGNED_LEVEL);
    /** ADL launched (cmi5 §9.3.1): the LMS opened content; nothing was shown yet. */
    public static final MappingRule LAUNCHED = new MappingRule(Verbs.LAUNCHED, Effect.NOT_AN_OUTCOME);
    /** ADL initialized (cmi5 §9.3.2): the content is ready; session bookkeeping. */
    public static final MappingRule INITIALIZED = new MappingRule(Verbs.INITIALIZED, Effect.NOT_AN_OUTCOME);
    /** ADL terminated (cmi5 §9.3.8): the session ended; session bookkeeping. */
    public static final MappingRule TERMINATED = new MappingRule(Verbs.TERMINATED, Effect.NOT_AN_OUTCOME);
    /** cmi5 §9.3.6 Abandoned: the session ended abnormally; says nothing of ability. */
    public static final MappingRule ABANDONED = new MappingRule(Verbs.ABANDONED, Effect.NOT_AN_OUTCOME);
    /** ADL attempted: started, with no judgement yet. */
    public static final MappingRule ATTEMPTED = new MappingRule(Verbs.ATTEMPTED, Effect.NOT_AN_OUTCOME);
    /** ADL experienced: viewed or read; exposure, not an outcome. */
    public static final MappingRule EXPERIENCED = new MappingRule(Verbs.EXPERIENCED, Effect.NOT_AN_OUTCOME);
    /** ADL progressed: part-way through; the outcome comes later. */
    public static final MappingRule PROGRESSED = new MappingRule(Verbs.PROGRESSED, Effect.NOT_AN_OUTCOME);
    /** ADL suspended: paused; session bookkeeping. */
    public static final MappingRule SUSPENDED = new MappingRule(Verbs.SUSPENDED, Effect.NOT_AN_OUTCOME);
    /** ADL resumed: picked up again; session bookkeeping. */
    public static final MappingRule RESUMED = new MappingRule(Verbs.RESUMED, Effect.NOT_AN_OUTCOME);

    private static final MappingRules DEFAULTS = new MappingRules(List.of(PASSED, MASTERED, FAILED, COMPLETED,
            SATISFIED, SATISFIED_ADLNET_HTTPS, SCORED, WAIVED, LAUNCHED, INITIALIZED, TERMINATED, ABANDONED,
            ATTEMPTED, EXPERIENCED, PROGRESSED, SUSPENDED, RESUMED));

    public MappingRules {
        rules = List.copyOf(rules);
        Map<String, MappingRule> seen = new HashMap<>();
        for (MappingRule rule : rules) {
            if (seen.putIfAbsent(rule.verbIri(), rule) != null) {
                throw new IllegalArgumentException("Two rules name the verb " + rule.verbIri());
            }
        }
    }

    /** The rules a tenant starts with: the constants of this class, each documented with its reason. */
    public static MappingRules defaults() {
        return DEFAULTS;
    }

    /** The rule for a verb, compared exactly (IRIs are case-sensitive, xAPI 1.0.3 Data §2.2). */
    public Optional<MappingRule> ruleFor(String verbIri) {
        return rules.stream().filter(r -> r.verbIri().equals(verbIri)).findFirst();
    }

    /** These rules with {@code rule} in place of the verb's current rule, or added at the end. */
    public MappingRules with(MappingRule rule) {
        List<MappingRule> edited = new ArrayList<>(rules);
        int at = indexOf(rule.verbIri());
        if (at < 0) {
            edited.add(rule);
        } else {
            edited.set(at, rule);
        }
        return new MappingRules(edited);
    }

    /** These rules without the verb's rule, so its statements become {@link Reason#UNKNOWN_VERB}. */
    public MappingRules without(String verbIri) {
        return new MappingRules(rules.stream().filter(r -> !r.verbIri().equals(verbIri)).toList());
    }

    /**
     * What a statement evidences about a competency its object is aligned to.
     *
     * @param facts        the statement, never null
     * @param alignedLevel the level the alignment says the content can evidence; a level of {@code scale}
     * @param scale        the competency's scale, never null: it bounds levels and maps scaled scores
     *                     ({@link Scale#levelForScaledScore}), so xAPI scores and LMS scores read alike
     * @throws IllegalArgumentException when the aligned level is not a level of the scale
     */
    public MappingOutcome map(StatementFacts facts, int alignedLevel, Scale scale) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(scale, "scale");
        if (!scale.contains(alignedLevel)) {
            throw new IllegalArgumentException("The aligned level " + alignedLevel + " is not a level of the scale 1.."
                    + scale.highestLevel());
        }
        return ruleFor(facts.verbIri())
                .map(rule -> new Decision(rule, facts, Judgement.of(facts), alignedLevel, scale).outcome())
                .orElseGet(() -> new NoEvidence(Reason.UNKNOWN_VERB,
                        "No rule maps the verb " + facts.verbIri() + "; add one to record evidence from it."));
    }

    /**
     * Reads the text form: a JSON array of rules ({@link MappingRule#parse}).
     *
     * @param json the rules, never null
     * @throws io.proficio.domain.error.ProficioException {@link ErrorCode#INVALID_REQUEST} with a
     *         pointer per problem, every problem at once
     */
    public static MappingRules parse(JsonValue json) {
        Violations violations = new Violations();
        if (!(json instanceof JsonArray array)) {
            violations.add(ErrorCode.INVALID_REQUEST, "", "Mapping rules are a JSON array of rules.");
            violations.throwIfAny("The mapping rules are not valid");
            throw new IllegalStateException("unreachable");
        }
        List<MappingRule> read = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String pointer = "/" + i;
            Optional<MappingRule> rule = MappingRule.read(array.get(i), pointer, violations);
            if (rule.isEmpty()) {
                continue;
            }
            Integer earlier = firstAt.putIfAbsent(rule.get().verbIri(), i);
            if (earlier != null) {
                violations.add(ErrorCode.INVALID_REQUEST, pointer + "/verb", "The verb " + rule.get().verbIri()
                        + " already has a rule at /" + earlier + "; a verb has one rule.");
            } else {
                read.add(rule.get());
            }
        }
        violations.throwIfAny("The mapping rules are not valid");
        return new MappingRules(read);
    }

    public JsonArray toJSONArray() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        rules.forEach(rule -> array.add(rule.toJSONObject()));
        return array.build();
    }

    private int indexOf(String verbIri) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).verbIri().equals(verbIri)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the statement reports success: {@code result.success} when present; otherwise, when
     * both a scaled score and a cmi5 masteryScore are present, whether the score reaches it (cmi5
     * §9.3.4/§9.3.5: passed at or above masteryScore, failed below). The masteryScore is honoured
     * even without the cmi5 category, since only cmi5 defines the extension.
     */
    private record Judgement(Optional<Boolean> success, boolean byMastery) {

        static Judgement of(StatementFacts facts) {
            if (facts.success().isPresent()) {
                return new Judgement(facts.success(), false);
            }
            if (facts.scaledScore().isPresent() && facts.masteryScore().isPresent()) {
                return new Judgement(
                        Optional.of(facts.scaledScore().getAsDouble() >= facts.masteryScore().getAsDouble()), true);
            }
            return new Judgement(Optional.empty(), false);
        }

        boolean failed() {
            return success.equals(Optional.of(false));
        }

        boolean succeeded() {
            return success.equals(Optional.of(true));
        }

        String scoreSuffix() {
            return byMastery ? "-mastery-score" : "-score";
        }
    }

    /** One application of a rule to a statement. */
    private record Decision(MappingRule rule, StatementFacts facts, Judgement judgement, int aligned, Scale scale) {

        MappingOutcome outcome() {
            String verb = rule.verbName();
            return switch (rule.effect()) {
                case NOT_AN_OUTCOME -> new NoEvidence(Reason.NOT_AN_OUTCOME,
                        "'" + verb + "' reports activity, not an outcome.");
                case LEVEL_BELOW -> below(verb);
                case ALIGNED_LEVEL -> judgement.failed() ? below(verb + "-unsuccessful") : achieved(verb);
                case SCORE_LEVEL -> judgement.failed() ? below(verb + "-unsuccessful") : fromScore(verb);
                case COMPLETION_LEVEL, COMPLETION_ONLY ->
                        judgement.failed() ? below(verb + "-unsuccessful") : completion(verb);
            };
        }

        /** The aligned level, or the level of the scaled score when there is one, never above the aligned level. */
        private Evidence achieved(String name) {
            OptionalDouble score = facts.scaledScore();
            if (score.isEmpty()) {
                return new Evidence(aligned, name);
            }
            return new Evidence(Math.min(scale.levelForScaledScore(score.getAsDouble()), aligned),
                    name + judgement.scoreSuffix());
        }

        /**
         * One below the aligned level, or the level of the scaled score when there is one, at most one
         * below the aligned level; never below 1, as the scale has no lower level: failing level-1
         * content still records the attempt at level 1.
         */
        private Evidence below(String name) {
            int ceiling = Math.max(1, aligned - 1);
            OptionalDouble score = facts.scaledScore();
            if (score.isEmpty()) {
                return new Evidence(ceiling, name);
            }
            return new Evidence(Math.min(scale.levelForScaledScore(score.getAsDouble()), ceiling),
                    name + judgement.scoreSuffix());
        }

        private MappingOutcome fromScore(String name) {
            OptionalDouble score = facts.scaledScore();
            if (score.isEmpty()) {
                return new NoEvidence(Reason.NO_SCORE, "'" + name + "' takes its level from result.score.scaled, "
                        + "and the statement has none.");
            }
            return new Evidence(Math.min(scale.levelForScaledScore(score.getAsDouble()), aligned), name);
        }

        /** cmi5 §9.3.3: the LMS judges completed statements against the AU's moveOn (cmi5 §10.0). */
        private MappingOutcome completion(String verb) {
            if (judgement.succeeded()) {
                return achieved(verb + "-successful");
            }
            if (facts.cmi5() && facts.moveOn().map(MoveOn::satisfiedByCompletion).orElse(false)) {
                return new Evidence(aligned, verb + "-moveon");
            }
            if (rule.effect() == Effect.COMPLETION_ONLY) {
                return new NoEvidence(Reason.COMPLETION_ONLY, "'" + verb + "' without success shows completion, "
                        + "which this tenant does not count as evidence.");
            }
            return new Evidence(1, "completion");
        }
    }
}
