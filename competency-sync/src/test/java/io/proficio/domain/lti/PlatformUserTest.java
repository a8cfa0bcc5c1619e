package io.proficio.domain.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.domain.person.PersonIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlatformUserTest {

    private static final String CANVAS = "https://canvas.instructure.com";
    private static final String MOODLE = "https://moodle.example.edu";
    private static final String CANVAS_SUB = "535fa085-f22f-4706-8b5c-a7d2c4f1a9e3";

    private static PlatformUser user(String issuer, String subject, String name, String email, String sourcedId) {
        return new PlatformUser(issuer, subject, Optional.ofNullable(name), Optional.empty(), Optional.empty(),
                Optional.ofNullable(email), Optional.ofNullable(sourcedId));
    }

    private static PlatformUser named(String name, String given, String family) {
        return new PlatformUser(MOODLE, "42", Optional.ofNullable(name), Optional.ofNullable(given),
                Optional.ofNullable(family), Optional.of("lena@example.edu"), Optional.empty());
    }

    static Stream<Arguments> fullNames() {
        return Stream.of(
                arguments("name wins", named("Lena Learner", "Lena", "L."), Optional.of("Lena Learner")),
                arguments("given and family joined", named(null, "Lena", "Learner"), Optional.of("Lena Learner")),
                arguments("given alone", named(null, "Lena", null), Optional.of("Lena")),
                arguments("family alone", named(null, null, "Learner"), Optional.of("Learner")),
                arguments("blank name falls back to parts", named("  ", " Lena ", "Learner"), Optional.of("Lena Learner")),
                arguments("nothing shared", named(null, null, null), Optional.empty()),
                arguments("only blanks", named(" ", " ", ""), Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fullNames")
    void hasTheFullNameThePlatformShares(String situation, PlatformUser user, Optional<String> expected) {
        assertEquals(expected, user.fullName());
    }

    @Test
    void isIdentifiedByIssuerAndSubject() {
        assertEquals("lti:https://canvas.instructure.com|" + CANVAS_SUB,
                user(CANVAS, CANVAS_SUB, null, null, null).identifier());
    }

    static Stream<Arguments> otherNames() {
        return Stream.of(
                arguments("neither email nor sourcedid", user(MOODLE, "42", "Ana", null, null), List.of()),
                arguments("email only", user(MOODLE, "42", null, "ana.ferreira@example.edu", null),
                        List.of("mailto:ana.ferreira@example.edu")),
                arguments("sourcedid only", user(MOODLE, "42", null, null, "emp-00042"),
                        List.of("account:https://moodle.example.edu|emp-00042")),
                arguments("both, email first", user(CANVAS, CANVAS_SUB, "Ana", "ana@example.com", "SIS-7781"),
                        List.of("mailto:ana@example.com", "account:https://canvas.instructure.com|SIS-7781")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherNames")
    void isAlsoKnownByEmailAndSourcedId(String situation, PlatformUser user, List<String> expected) {
        assertEquals(expected, user.alsoKnownAs());
    }

    static Stream<Arguments> displayNames() {
        return Stream.of(
                arguments("the name when there is one", user(MOODLE, "42", "Ana Ferreira", "ana@example.edu", null),
                        "Ana Ferreira"),
                arguments("else the email", user(MOODLE, "42", null, "ana@example.edu", "emp-42"), "ana@example.edu"),
                arguments("else the first 8 characters of the subject", user(CANVAS, CANVAS_SUB, null, null, "SIS-1"),
                        "LMS user 535fa085"),
                arguments("a subject of exactly 8 characters whole", user(MOODLE, "12345678", null, null, null),
                        "LMS user 12345678"),
                arguments("a subject shorter than 8 characters whole", user(MOODLE, "42", null, null, null),
                        "LMS user 42"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("displayNames")
    void isDisplayedByNameElseEmailElseShortSubject(String situation, PlatformUser user, String expected) {
        assertEquals(expected, user.displayName());
    }

    static Stream<Arguments> users() {
        return Stream.of(
                arguments("Canvas", user(CANVAS, CANVAS_SUB, "Ana", "ana@example.com", "SIS-7781")),
                arguments("Moodle", user(MOODLE, "42", "Ana", "ana.ferreira@example.edu", "emp-00042")),
                arguments("an issuer with a path and port", user("https://lms.example.com:8443/moodle", "7", null,
                        "jdoe@example.com", "jdoe")),
                arguments("a subject containing a bar", user(MOODLE, "a|b", null, null, "x|y")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("users")
    void producesOnlyIdentifiersPeopleCanBeFoundBy(String platform, PlatformUser user) {
        Stream.concat(Stream.of(user.identifier()), user.alsoKnownAs().stream()).forEach(identifier -> {
            assertNull(PersonIdentifier.problem(identifier), identifier);
            Optional<PersonIdentifier> parsed = PersonIdentifier.parse(identifier);
            assertTrue(parsed.isPresent(), identifier);
            assertEquals(identifier, parsed.get().text());
        });
    }

    @Test
    void producesAnEmailIdentifierThatParsesToItsLowerCaseForm() {
        String identifier = user(CANVAS, CANVAS_SUB, null, "Ana.Ferreira@Example.COM", null).alsoKnownAs().get(0);

        assertEquals(Optional.of("mailto:ana.ferreira@example.com"),
                PersonIdentifier.parse(identifier).map(PersonIdentifier::text));
    }
}
