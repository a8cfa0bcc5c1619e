package io.proficio.testing.lms;

import java.util.List;

/** The OAuth 2 scopes of the LTI Advantage services (AGS 2.0 §3.1, NRPS 2.0 §3.6.1). */
public final class LtiScopes {

    public static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String CONTEXT_MEMBERSHIP_READONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** Every scope the test platform grants to a tool that asks for it. */
    public static final List<String> ALL =
            List.of(LINEITEM, LINEITEM_READONLY, RESULT_READONLY, SCORE, CONTEXT_MEMBERSHIP_READONLY);

    private LtiScopes() {
    }
}
