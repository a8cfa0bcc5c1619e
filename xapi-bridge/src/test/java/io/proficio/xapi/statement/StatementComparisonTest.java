package io.proficio.xapi.statement;

import static io.proficio.xapi.statement.TestJson.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementComparisonTest {

    private static final String ID = "'id': 'f1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b'";
    private static final String ACTOR = "'actor': {'mbox': 'mailto:Ada@Example.com', 'name': 'Ada'}";
    private static final String VERB = "'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed',"
            + " 'display': {'en-US': 'completed'}}";
    private static final String OBJECT = "'object': {'id': 'http://example.com/course/1',"
            + " 'definition': {'name': {'en-US': 'Course 1'}}}";
    private static final String RESULT = "'result': {'score': {'scaled': 0.8}, 'duration': 'PT1H',"
            + " 'extensions': {'http://example.com/ext/attempt': 2}}";
    private static final String TIMESTAMP = "'timestamp': '2024-03-01T10:15:30.123Z'";
    private static final String LRS = "'stored': '2024-03-01T10:16:00.000Z', 'version': '1.0.0',"
            + " 'authority': {'objectType': 'Agent', 'account': {'homePage': 'http://lrs.example.com',"
            + " 'name': 'client-1'}}";

    /** A Statement from the parts, in the given order. */
    private static JsonObject st(String... parts) {
        return json("{" + String.join(", ", parts) + "}").asJsonObject();
    }

    private static JsonObject base() {
        return st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP);
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // Matches: differences the LRS must ignore (Data §2.3.1.s9.b1).
                Arguments.of("identical", base(), base(), true),
                Arguments.of("property order differs",
                        st(TIMESTAMP, RESULT, OBJECT, VERB, ACTOR, ID), base(), true),
                Arguments.of("stored, version and authority set by the LRS, absent from received",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, LRS), base(), true),
                Arguments.of("authority differs",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP,
                                "'authority': {'mbox': 'mailto:lrs@example.com'}"),
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP,
                                "'authority': {'mbox': 'mailto:client@example.com'}"), true),
                Arguments.of("stored differs",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, "'stored': '2024-03-01T10:16:00Z'"),
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, "'stored': '2030-01-01T00:00:00Z'"), true),
                Arguments.of("version assigned by the LRS, received without one",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, "'version': '1.0.0'"), base(), true),
                Arguments.of("timestamp assigned by the LRS, received without one",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT), true),
                Arguments.of("timestamp Z vs +00:00",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.123+00:00'"),
                        true),
                Arguments.of("timestamp same instant in another zone",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T11:15:30.123+01:00'"),
                        true),
                Arguments.of("timestamp trailing zeros in fraction",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.123000Z'"),
                        true),
                Arguments.of("timestamp stored truncated to milliseconds",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.1234567Z'"),
                        true),
                Arguments.of("timestamp stored rounded to milliseconds",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.124Z'"),
                        st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.1235Z'"), true),
                Arguments.of("statement id case differs",
                        base(), st("'id': 'F1A2B3C4-D5E6-4F70-8A9B-0C1D2E3F4A5B'",
                                ACTOR, VERB, OBJECT, RESULT, TIMESTAMP), true),
                Arguments.of("registration and StatementRef UUID case differs",
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'StatementRef',"
                                + " 'id': 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'}",
                                "'context': {'registration': 'abcdef01-2345-4678-89ab-cdef01234567'}"),
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'StatementRef',"
                                + " 'id': 'AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE'}",
                                "'context': {'registration': 'ABCDEF01-2345-4678-89AB-CDEF01234567'}"), true),
                Arguments.of("language map key and context language case differ",
                        st(ID, ACTOR, VERB, OBJECT, "'context': {'language': 'en-US'}",
                                "'attachments': [{'usageType': 'http://example.com/cert', 'display': {'en-US': 'C'},"
                                        + " 'contentType': 'application/pdf', 'length': 1, 'sha2': 'ab'}]"),
                        st(ID, ACTOR, VERB, OBJECT, "'context': {'language': 'en-us'}",
                                "'attachments': [{'usageType': 'http://example.com/cert', 'display': {'EN-us': 'C'},"
                                        + " 'contentType': 'application/pdf', 'length': 1, 'sha2': 'ab'}]"), true),
                Arguments.of("mbox scheme and domain case differ",
                        base(), st(ID, "'actor': {'mbox': 'MAILTO:Ada@example.COM', 'name': 'Ada'}",
                                VERB, OBJECT, RESULT, TIMESTAMP), true),
                Arguments.of("verb display differs (not part of the Statement)",
                        base(), st(ID, ACTOR, "'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed',"
                                + " 'display': {'fr': 'terminé'}}", OBJECT, RESULT, TIMESTAMP), true),
                Arguments.of("activity definition differs (not part of the Statement)",
                        base(), st(ID, ACTOR, VERB, "'object': {'id': 'http://example.com/course/1'}",
                                RESULT, TIMESTAMP), true),
                Arguments.of("group members in another order",
                        st(ID, "'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'},"
                                + " {'mbox': 'mailto:b@example.com'}]}", VERB, OBJECT),
                        st(ID, "'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:b@example.com'},"
                                + " {'mbox': 'mailto:a@example.com'}]}", VERB, OBJECT), true),
                Arguments.of("context activity as single object vs array",
                        st(ID, ACTOR, VERB, OBJECT,
                                "'context': {'contextActivities': {'parent': [{'id': 'http://example.com/p'}]}}"),
                        st(ID, ACTOR, VERB, OBJECT,
                                "'context': {'contextActivities': {'parent': {'id': 'http://example.com/p'}}}"), true),

                // Conflicts: real differences (Data §2.3.1.s9.b2).
                Arguments.of("verb id differs",
                        base(), st(ID, ACTOR, "'verb': {'id': 'http://adlnet.gov/expapi/verbs/failed',"
                                + " 'display': {'en-US': 'completed'}}", OBJECT, RESULT, TIMESTAMP), false),
                Arguments.of("result score differs",
                        base(), st(ID, ACTOR, VERB, OBJECT, "'result': {'score': {'scaled': 0.9}, 'duration': 'PT1H',"
                                + " 'extensions': {'http://example.com/ext/attempt': 2}}", TIMESTAMP), false),
                Arguments.of("result score serialized differently (0.8 vs 0.80)",
                        base(), st(ID, ACTOR, VERB, OBJECT, "'result': {'score': {'scaled': 0.80}, 'duration': 'PT1H',"
                                + " 'extensions': {'http://example.com/ext/attempt': 2}}", TIMESTAMP), false),
                Arguments.of("extension value differs",
                        base(), st(ID, ACTOR, VERB, OBJECT, "'result': {'score': {'scaled': 0.8}, 'duration': 'PT1H',"
                                + " 'extensions': {'http://example.com/ext/attempt': 3}}", TIMESTAMP), false),
                Arguments.of("duration same length written differently (compared as a string)",
                        base(), st(ID, ACTOR, VERB, OBJECT, "'result': {'score': {'scaled': 0.8}, 'duration': 'PT60M',"
                                + " 'extensions': {'http://example.com/ext/attempt': 2}}", TIMESTAMP), false),
                Arguments.of("actor mbox differs",
                        base(), st(ID, "'actor': {'mbox': 'mailto:Bob@Example.com', 'name': 'Ada'}",
                                VERB, OBJECT, RESULT, TIMESTAMP), false),
                Arguments.of("actor mbox local part case differs",
                        base(), st(ID, "'actor': {'mbox': 'mailto:ada@Example.com', 'name': 'Ada'}",
                                VERB, OBJECT, RESULT, TIMESTAMP), false),
                Arguments.of("optional property added",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, "'context': {'platform': 'LMS'}"),
                        false),
                Arguments.of("optional property removed",
                        base(), st(ID, ACTOR, VERB, OBJECT, TIMESTAMP), false),
                Arguments.of("timestamp a different instant",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:31.123Z'"), false),
                Arguments.of("timestamp more precise than received is not LRS rounding",
                        st(ID, ACTOR, VERB, OBJECT, RESULT, "'timestamp': '2024-03-01T10:15:30.1234Z'"),
                        base(), false),
                Arguments.of("received version differs from the one the Statement was accepted with",
                        st(ID, ACTOR, VERB, OBJECT, "'version': '1.0.0'"),
                        st(ID, ACTOR, VERB, OBJECT, "'version': '1.0.3'"), false),
                Arguments.of("received id not in stored Statement is not an LRS assignment",
                        st(ACTOR, VERB, OBJECT), st(ID, ACTOR, VERB, OBJECT), false),
                Arguments.of("group members differ",
                        st(ID, "'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'},"
                                + " {'mbox': 'mailto:b@example.com'}]}", VERB, OBJECT),
                        st(ID, "'actor': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'},"
                                + " {'mbox': 'mailto:c@example.com'}]}", VERB, OBJECT), false),
                Arguments.of("context activities in another order (not an unordered list)",
                        st(ID, ACTOR, VERB, OBJECT, "'context': {'contextActivities': {'other':"
                                + " [{'id': 'http://example.com/a'}, {'id': 'http://example.com/b'}]}}"),
                        st(ID, ACTOR, VERB, OBJECT, "'context': {'contextActivities': {'other':"
                                + " [{'id': 'http://example.com/b'}, {'id': 'http://example.com/a'}]}}"), false),
                Arguments.of("verb id case differs (IRIs compared exactly)",
                        base(), st(ID, ACTOR, "'verb': {'id': 'http://adlnet.gov/expapi/verbs/Completed'}",
                                OBJECT, RESULT, TIMESTAMP), false),
                Arguments.of("attachment header sha2 differs",
                        st(ID, ACTOR, VERB, OBJECT, "'attachments': [{'usageType': 'http://example.com/cert',"
                                + " 'display': {'en-US': 'C'}, 'contentType': 'application/pdf', 'length': 1,"
                                + " 'sha2': 'ab'}]"),
                        st(ID, ACTOR, VERB, OBJECT, "'attachments': [{'usageType': 'http://example.com/cert',"
                                + " 'display': {'en-US': 'C'}, 'contentType': 'application/pdf', 'length': 1,"
                                + " 'sha2': 'cd'}]"), false),
                Arguments.of("explicit objectType added to activity",
                        base(), st(ID, ACTOR, VERB, "'object': {'objectType': 'Activity',"
                                + " 'id': 'http://example.com/course/1'}", RESULT, TIMESTAMP), false),
                Arguments.of("null member vs absent member",
                        base(), st(ID, ACTOR, VERB, OBJECT, RESULT, TIMESTAMP, "'context': null"), false),
                Arguments.of("substatement timestamp differs",
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", " + OBJECT + ", 'timestamp': '2024-01-01T00:00:00Z'}"),
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", " + OBJECT + ", 'timestamp': '2024-01-02T00:00:00Z'}"), false),
                Arguments.of("substatement timestamp same instant, verb display and definition differ",
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", " + OBJECT + ", 'timestamp': '2024-01-01T00:00:00Z'}"),
                        st(ID, ACTOR, VERB, "'object': {'objectType': 'SubStatement', " + ACTOR
                                + ", 'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed'},"
                                + " 'object': {'id': 'http://example.com/course/1'},"
                                + " 'timestamp': '2024-01-01T01:00:00+01:00'}"), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void comparesStatementsPerDataSection231(String name, JsonObject stored, JsonObject received,
            boolean expected) {
        assertEquals(expected, StatementComparison.sameStatement(stored, received));
    }

    @Test
    void rejectsNullArguments() {
        assertThrows(NullPointerException.class, () -> StatementComparison.sameStatement(null, base()));
        assertThrows(NullPointerException.class, () -> StatementComparison.sameStatement(base(), null));
    }
}
