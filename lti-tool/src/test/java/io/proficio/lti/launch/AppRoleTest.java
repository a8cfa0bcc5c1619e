package io.proficio.lti.launch;

import static io.proficio.lti.launch.AppRole.ADMIN;
import static io.proficio.lti.launch.AppRole.INSTRUCTOR;
import static io.proficio.lti.launch.AppRole.LEARNER;
import static io.proficio.lti.launch.AppRole.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AppRoleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "nothing", textBlock = """
            # Context roles (LTI Core A.2.3)
            http://purl.imsglobal.org/vocab/lis/v2/membership#Learner,                           LEARNER
            http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor,                        INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper,                  INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant,                 INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor,                            MANAGER
            http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator,                     ADMIN
            http://purl.imsglobal.org/vocab/lis/v2/membership#Manager,                           nothing
            http://purl.imsglobal.org/vocab/lis/v2/membership#Member,                            nothing
            # Context sub-roles grant what their principal role does (A.2.3.1)
            http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant,      INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Grader,                 INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership/ContentDeveloper#ContentExpert,    INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/membership/Learner#NonCreditLearner,          LEARNER
            http://purl.imsglobal.org/vocab/lis/v2/membership/Mentor#Advisor,                    MANAGER
            http://purl.imsglobal.org/vocab/lis/v2/membership/Administrator#Support,             ADMIN
            http://purl.imsglobal.org/vocab/lis/v2/membership/Member#Member,                     nothing
            http://purl.imsglobal.org/vocab/lis/v2/membership/#Instructor,                       nothing
            http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor,                        nothing
            # Simple names, allowed for context roles only
            Learner,                                                                             LEARNER
            Instructor,                                                                          INSTRUCTOR
            ContentDeveloper,                                                                    INSTRUCTOR
            TeachingAssistant,                                                                   INSTRUCTOR
            Mentor,                                                                              MANAGER
            Administrator,                                                                       ADMIN
            learner,                                                                             nothing
            # Institution roles (A.2.2)
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator,             ADMIN
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty,                   INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor,                INSTRUCTOR
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student,                   LEARNER
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Learner,                   LEARNER
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Mentor,                    MANAGER
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Staff,                     nothing
            http://purl.imsglobal.org/vocab/lis/v2/institution/person#Guest,                     nothing
            # System roles (A.2.1)
            http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator,                  ADMIN
            http://purl.imsglobal.org/vocab/lis/v2/system/person#SysAdmin,                       ADMIN
            http://purl.imsglobal.org/vocab/lis/v2/system/person#User,                           nothing
            http://purl.imsglobal.org/vocab/lis/v2/system/person#None,                           nothing
            http://purl.imsglobal.org/vocab/lis/v2/system/person#Instructor,                     nothing
            # Unknown vocabularies
            http://purl.imsglobal.org/vocab/lti/system/person#TestUser,                          nothing
            urn:lti:role:ims/lis/Instructor,                                                     nothing
            https://example.com/roles#Administrator,                                             nothing
            '',                                                                                  nothing
            """)
    void eachLtiRoleGrantsItsAppRole(String ltiRole, AppRole expected) {
        assertEquals(Optional.ofNullable(expected), AppRole.grantedBy(ltiRole));
    }

    static Stream<Arguments> launchRolesGrantTheUnionOfTheirAppRoles() {
        return Stream.of(
                arguments("no roles: least privilege", List.of(), Set.of(LEARNER)),
                arguments("only roles that grant nothing: least privilege", List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User",
                        "http://purl.imsglobal.org/vocab/lti/system/person#TestUser"), Set.of(LEARNER)),
                arguments("Canvas student", List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"), Set.of(LEARNER)),
                arguments("Canvas observer is a manager, not also a learner", List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#User"), Set.of(MANAGER)),
                arguments("Moodle site administrator teaching a course", List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator",
                        "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                        "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator"), Set.of(INSTRUCTOR, ADMIN)),
                arguments("teaching assistant who is also a learner", List.of(
                        "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant",
                        "Learner"), Set.of(LEARNER, INSTRUCTOR)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void launchRolesGrantTheUnionOfTheirAppRoles(String description, List<String> roles, Set<AppRole> expected) {
        Set<AppRole> granted = AppRole.fromLti(roles);
        assertEquals(expected, granted);
        assertInstanceOf(EnumSet.class, granted);
    }
}
