package io.proficio.testing.lms;

/** Role URIs of LTI Core 1.3 §A.2 in their long form, as Moodle and Canvas send them. */
public final class LtiRoles {

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String CONTENT_DEVELOPER = "http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper";
    public static final String MENTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor";
    public static final String TEACHING_ASSISTANT =
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    public static final String INSTITUTION_ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator";
    public static final String INSTITUTION_STUDENT =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student";
    public static final String INSTITUTION_INSTRUCTOR =
            "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor";
    public static final String SYSTEM_ADMINISTRATOR =
            "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";

    private LtiRoles() {
    }
}
