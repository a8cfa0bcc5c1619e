package io.proficio.testing.lms;

/**
 * The claim names of LTI 1.3 messages, exactly as LTI Core 1.3 §5.3–5.4, AGS 2.0 §3.1, NRPS 2.0 §3.6.1
 * and Deep Linking 2.0 §4.4–4.5 spell them, the extension claims Canvas adds, and the message types they carry.
 */
public final class LtiClaims {

    public static final String MESSAGE_TYPE = "https://purl.imsglobal.org/spec/lti/claim/message_type";
    public static final String VERSION = "https://purl.imsglobal.org/spec/lti/claim/version";
    public static final String DEPLOYMENT_ID = "https://purl.imsglobal.org/spec/lti/claim/deployment_id";
    public static final String TARGET_LINK_URI = "https://purl.imsglobal.org/spec/lti/claim/target_link_uri";
    public static final String RESOURCE_LINK = "https://purl.imsglobal.org/spec/lti/claim/resource_link";
    public static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    public static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    public static final String TOOL_PLATFORM = "https://purl.imsglobal.org/spec/lti/claim/tool_platform";
    public static final String LAUNCH_PRESENTATION = "https://purl.imsglobal.org/spec/lti/claim/launch_presentation";
    public static final String CUSTOM = "https://purl.imsglobal.org/spec/lti/claim/custom";
    public static final String LIS = "https://purl.imsglobal.org/spec/lti/claim/lis";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS_SERVICE = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    public static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String DL_CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DL_DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String DL_MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    public static final String DL_ERRORMSG = "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg";

    /** Canvas's extension: the placement the tool was launched from (Canvas docs, "LTI launch overview"). */
    public static final String CANVAS_PLACEMENT = "https://www.instructure.com/placement";
    /** The user's LTI 1.1 user_id, as Canvas sends it for tools migrating from LTI 1.1. */
    public static final String LTI11_LEGACY_USER_ID = "https://purl.imsglobal.org/spec/lti/claim/lti11_legacy_user_id";
    /** The LTI 1.1 migration claim (LTI 1.1 to 1.3 Migration Guide), {@code user_id} inside, as Canvas sends it. */
    public static final String LTI1P1 = "https://purl.imsglobal.org/spec/lti/claim/lti1p1";

    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
    public static final String LTI_VERSION = "1.3.0";

    /** The context type of a course offering (LTI Core 1.3 §A.1). */
    public static final String COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    private LtiClaims() {
    }
}
