package io.proficio.domain.xapi;

/**
 * The IRIs of the xAPI verbs and cmi5 context values the default rules know, spelled once. The ADL
 * verbs are from the ADL vocabulary (http://adlnet.gov/expapi/verbs/); the cmi5 ones from the cmi5
 * Quartz specification, §9.3 (verbs) and §9.6 (context).
 */
public final class Verbs {

    private static final String ADL = "http://adlnet.gov/expapi/verbs/";
    private static final String ADL_W3ID = "https://w3id.org/xapi/adl/verbs/";

    public static final String PASSED = ADL + "passed";
    public static final String MASTERED = ADL + "mastered";
    public static final String FAILED = ADL + "failed";
    public static final String COMPLETED = ADL + "completed";
    public static final String SCORED = ADL + "scored";
    public static final String LAUNCHED = ADL + "launched";
    public static final String INITIALIZED = ADL + "initialized";
    public static final String TERMINATED = ADL + "terminated";
    public static final String ATTEMPTED = ADL + "attempted";
    public static final String EXPERIENCED = ADL + "experienced";
    public static final String PROGRESSED = ADL + "progressed";
    public static final String SUSPENDED = ADL + "suspended";
    public static final String RESUMED = ADL + "resumed";
    /** xAPI 1.0.3 Data §2.4.8 Voided: its object is a StatementRef to the statement it voids. */
    public static final String VOIDED = ADL + "voided";
    /** cmi5 §9.3.7 Waived. */
    public static final String WAIVED = ADL_W3ID + "waived";
    /** cmi5 §9.3.9 Satisfied: the IRI the specification defines. */
    public static final String SATISFIED = ADL_W3ID + "satisfied";
    /**
     * A second spelling of satisfied, {@code https://adlnet.gov/expapi/verbs/satisfied}, given in
     * Proficio's original requirements. cmi5 §9.3.9 does not define it (see {@link #SATISFIED}); it is
     * mapped too so that statements using it are not lost.
     */
    public static final String SATISFIED_ADLNET_HTTPS = "https://adlnet.gov/expapi/verbs/satisfied";
    /** cmi5 §9.3.6 Abandoned. */
    public static final String ABANDONED = ADL_W3ID + "abandoned";

    /** cmi5 §9.6.2.1: the category activity that marks a cmi5 defined statement. */
    public static final String CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    /** cmi5 §9.6.3.2: the context extension carrying the AU's masteryScore. */
    public static final String MASTERY_SCORE_EXTENSION = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    private Verbs() {
    }

    /**
     * The short name of a verb for "why" displays: the last segment of its IRI after {@code /} or
     * {@code #} ("passed" for {@link #PASSED}), or the whole IRI when that segment is empty.
     *
     * @param verbIri the verb's IRI, never null
     */
    public static String shortName(String verbIri) {
        int cut = Math.max(verbIri.lastIndexOf('/'), verbIri.lastIndexOf('#'));
        String tail = verbIri.substring(cut + 1);
        return tail.isEmpty() ? verbIri : tail;
    }
}
