package io.proficio.lti.launch;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user may do in Proficio, derived from the LTI roles of a launch (LTI Core 1.3 §5.3.7 and the
 * role vocabularies of §A.2).
 *
 * <p>{@link #MANAGER} is what LTI calls a Mentor: someone with oversight of other users, such as a line
 * manager, a supervisor or a parent (LTI Core §A.2.3). Moodle and Canvas send Mentor for their
 * parent/observer and manager-like roles, and {@code role_scope_mentor} names the users overseen.
 */
public enum AppRole {
    LEARNER, INSTRUCTOR, MANAGER, ADMIN;

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final String CONTEXT_ROLE = LIS + "membership#";
    private static final String CONTEXT_SUB_ROLE = LIS + "membership/";
    private static final String INSTITUTION_ROLE = LIS + "institution/person#";
    private static final String SYSTEM_ROLE = LIS + "system/person#";

    /** Context roles by principal name (§A.2.3); also the simple names LTI allows for them. */
    private static final Map<String, AppRole> CONTEXT = Map.of(
            "Learner", LEARNER,
            "Instructor", INSTRUCTOR,
            "ContentDeveloper", INSTRUCTOR,
            "TeachingAssistant", INSTRUCTOR,
            "Mentor", MANAGER,
            "Administrator", ADMIN);

    /** Institution roles (§A.2.2). */
    private static final Map<String, AppRole> INSTITUTION = Map.of(
            "Student", LEARNER,
            "Learner", LEARNER,
            "Faculty", INSTRUCTOR,
            "Instructor", INSTRUCTOR,
            "Mentor", MANAGER,
            "Administrator", ADMIN);

    /** System roles (§A.2.1); {@code User} and {@code None} grant nothing. */
    private static final Map<String, AppRole> SYSTEM = Map.of(
            "Administrator", ADMIN,
            "SysAdmin", ADMIN);

    /**
     * Maps a launch's roles onto Proficio's.
     *
     * @param roles role URIs or simple context role names as sent in the roles claim, not {@code null}
     * @return a new set the caller owns, never empty: with no role recognised it is {@code {LEARNER}},
     *         the least privilege
     */
    public static Set<AppRole> fromLti(List<String> roles) {
        EnumSet<AppRole> granted = EnumSet.noneOf(AppRole.class);
        roles.forEach(role -> grantedBy(role).ifPresent(granted::add));
        if (granted.isEmpty()) {
            granted.add(LEARNER);
        }
        return granted;
    }

    /** The roles a course roster keeps for these LTI roles: Proficio's role names in lower case. */
    public static List<String> courseRoles(List<String> roles) {
        return fromLti(roles).stream().map(role -> role.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The role one LTI role grants; a context sub-role grants what its principal role does (§A.2.3.1). */
    static Optional<AppRole> grantedBy(String role) {
        if (role.startsWith(CONTEXT_ROLE)) {
            return Optional.ofNullable(CONTEXT.get(role.substring(CONTEXT_ROLE.length())));
        }
        if (role.startsWith(CONTEXT_SUB_ROLE) && role.indexOf('#') > CONTEXT_SUB_ROLE.length()) {
            return Optional.ofNullable(CONTEXT.get(role.substring(CONTEXT_SUB_ROLE.length(), role.indexOf('#'))));
        }
        if (role.startsWith(INSTITUTION_ROLE)) {
            return Optional.ofNullable(INSTITUTION.get(role.substring(INSTITUTION_ROLE.length())));
        }
        if (role.startsWith(SYSTEM_ROLE)) {
            return Optional.ofNullable(SYSTEM.get(role.substring(SYSTEM_ROLE.length())));
        }
        return Optional.ofNullable(CONTEXT.get(role));
    }
}
