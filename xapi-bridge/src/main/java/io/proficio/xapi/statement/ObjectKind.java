package io.proficio.xapi.statement;

/**
 * What a Statement's object is (xAPI 1.0.3 Data §2.4.4), as far as later rules need to know:
 * voiding requires a StatementRef (§2.3.2) and context revision/platform an Activity (§2.4.6.2).
 */
enum ObjectKind {
    ACTIVITY, AGENT, GROUP, STATEMENT_REF, SUB_STATEMENT,
    /** Not an object, or an unrecognised {@code objectType}; already reported. */
    INVALID
}
