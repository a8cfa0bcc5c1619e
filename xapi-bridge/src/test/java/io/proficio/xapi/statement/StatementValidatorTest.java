package io.proficio.xapi.statement;

import static io.proficio.xapi.statement.TestJson.json;
import static io.proficio.xapi.statement.TestJson.locations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole-Statement tables; the valid ones follow the examples of xAPI 1.0.3 Data Appendix A/B. */
class StatementValidatorTest {

    private static final String ACTOR = "'actor': {'mbox': 'mailto:xapi@adlnet.gov'}";
    private static final String VERB = "'verb': {'id': 'http://adlnet.gov/expapi/verbs/created',"
            + " 'display': {'en-US': 'created'}}";
    private static final String ACTIVITY = "'object': {'id': 'http://example.adlnet.gov/xapi/example/activity'}";

    /** The simplest Statement of Data Appendix A with {@code extra} properties spliced in. */
    private static String simplest(String extra) {
        return "{" + ACTOR + ", " + VERB + ", " + ACTIVITY + (extra.isEmpty() ? "" : ", " + extra) + "}";
    }

    static Stream<Arguments> validStatements() {
        return Stream.of(
                Arguments.of("simplest statement", simplest("")),
                Arguments.of("simplest with id, timestamp, version and stored",
                        simplest("'id': 'FD41C918-B88B-4B20-A0A5-A4C32391AAA0', 'timestamp': '2013-05-18T05:32:34.804+00:00',"
                                + " 'stored': '2013-05-18T05:32:34.804Z', 'version': '1.0.3'")),
                Arguments.of("statement with a SubStatement", """
                        {'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                         'verb': {'id': 'http://example.com/planned', 'display': {'en-US': 'planned'}},
                         'object': {'objectType': 'SubStatement',
                           'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                           'verb': {'id': 'http://example.com/visited', 'display': {'en-US': 'will visit'}},
                           'object': {'id': 'http://example.com/website',
                             'definition': {'name': {'en-US': 'Some Awesome Website'}}}}}
                        """),
                Arguments.of("cmi5-style statement with context extensions and category", """
                        {'id': '2a41c918-b88b-4220-20a5-a4c32391a240',
                         'actor': {'objectType': 'Agent', 'name': 'Gert Frobe',
                           'account': {'homePage': 'http://example.adlnet.gov', 'name': '1625378'}},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/failed', 'display': {'en-US': 'failed'}},
                         'object': {'id': 'https://example.adlnet.gov/AutoTutorLesson/f3c27c5c', 'objectType': 'Activity',
                           'definition': {'name': {'en-US': 'Auto Tutor Lesson'},
                             'type': 'http://adlnet.gov/expapi/activities/lesson'}},
                         'result': {'score': {'scaled': 0.65, 'raw': 65, 'min': 0, 'max': 100},
                           'success': false, 'completion': true, 'duration': 'PT30M'},
                         'context': {'registration': 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
                           'contextActivities': {
                             'category': [{'id': 'https://w3id.org/xapi/cmi5/context/categories/moveon'},
                                          {'id': 'https://w3id.org/xapi/cmi5/context/categories/cmi5'}],
                             'parent': {'id': 'http://example.adlnet.gov/course'}},
                           'language': 'en-US',
                           'extensions': {'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '458240298378231'}},
                         'timestamp': '2012-06-01T19:09:13.245+00:00'}
                        """),
                Arguments.of("Group actor with members", """
                        {'actor': {'objectType': 'Group', 'name': 'Example Group',
                           'member': [{'mbox': 'mailto:andrew@example.com', 'name': 'Andrew Downes'},
                                      {'openid': 'http://aaron.openid.example.org', 'name': 'Aaron Silvers'}]},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended', 'display': {'en-GB': 'attended'}},
                         'object': {'id': 'http://www.example.com/meetings/occurances/34534'}}
                        """),
                Arguments.of("account actor", """
                        {'actor': {'account': {'homePage': 'http://www.example.com', 'name': '1625378'}},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed'},
                         'object': {'id': 'http://www.example.com/tincan/activities/multipart'}}
                        """),
                Arguments.of("voiding statement", """
                        {'actor': {'objectType': 'Agent', 'name': 'Example Admin', 'mbox': 'mailto:admin@example.adlnet.gov'},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/voided', 'display': {'en-US': 'voided'}},
                         'object': {'objectType': 'StatementRef', 'id': 'e05aa883-acaf-40ad-bf54-02c8ce485fb0'}}
                        """),
                Arguments.of("version 1.0 (no patch)", simplest("'version': '1.0'")),
                Arguments.of("OAuth three-legged authority: an anonymous Group of two",
                        simplest("'authority': {'objectType': 'Group', 'member': ["
                                + "{'account': {'homePage': 'http://example.com/xAPI/OAuth/Token', 'name': 'oauth_consumer_x75db'}},"
                                + " {'mbox': 'mailto:bob@example.com'}]}")),
                Arguments.of("interaction activity with choices",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'id': 'http://example.com/q1', 'definition': {"
                                + "'type': 'http://adlnet.gov/expapi/activities/cmi.interaction',"
                                + " 'interactionType': 'choice', 'correctResponsesPattern': ['golf[,]tetris'],"
                                + " 'choices': [{'id': 'golf', 'description': {'en-US': 'Golf Example'}},"
                                + " {'id': 'tetris', 'description': {'en-US': 'Tetris Example'}}]}}}"),
                Arguments.of("attachment metadata",
                        simplest("'attachments': [{'usageType': 'http://adlnet.gov/expapi/attachments/signature',"
                                + " 'display': {'en-US': 'Signature'}, 'contentType': 'application/octet-stream',"
                                + " 'length': 4235,"
                                + " 'sha2': '672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634'}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validStatements")
    void acceptsSpecExample(String name, String statement) {
        assertEquals(Set.of(), locations(StatementValidator.validate(json(statement), XapiVersion.V1_0_3)));
    }

    static Stream<Arguments> invalidStatements() {
        return Stream.of(
                Arguments.of("agent with two IFIs",
                        "{'actor': {'mbox': 'mailto:a@example.com', 'openid': 'http://a.example.com'}, "
                                + VERB + ", " + ACTIVITY + "}",
                        Set.of("0:/actor")),
                Arguments.of("agent without IFI",
                        "{'actor': {'name': 'Nobody'}, " + VERB + ", " + ACTIVITY + "}",
                        Set.of("0:/actor")),
                Arguments.of("mbox without mailto",
                        "{'actor': {'mbox': 'a@example.com'}, " + VERB + ", " + ACTIVITY + "}",
                        Set.of("0:/actor/mbox")),
                Arguments.of("mbox_sha1sum not 40 hex digits",
                        "{'actor': {'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a01640'}, " + VERB + ", "
                                + ACTIVITY + "}",
                        Set.of("0:/actor/mbox_sha1sum")),
                Arguments.of("account missing homePage",
                        "{'actor': {'account': {'name': '1625378'}}, " + VERB + ", " + ACTIVITY + "}",
                        Set.of("0:/actor/account/homePage")),
                Arguments.of("unknown top-level property", simplest("'mood': 'happy'"), Set.of("0:/mood")),
                Arguments.of("missing actor, verb and object", "{}",
                        Set.of("0:/actor", "0:/verb", "0:/object")),
                Arguments.of("scaled score above 1", simplest("'result': {'score': {'scaled': 1.5}}"),
                        Set.of("0:/result/score/scaled")),
                Arguments.of("raw score outside min and max",
                        simplest("'result': {'score': {'raw': 120, 'min': 0, 'max': 100}}"),
                        Set.of("0:/result/score/raw")),
                Arguments.of("min not below max", simplest("'result': {'score': {'min': 10, 'max': 10}}"),
                        Set.of("0:/result/score/max")),
                Arguments.of("duration not ISO 8601", simplest("'result': {'duration': '30 minutes'}"),
                        Set.of("0:/result/duration")),
                Arguments.of("registration not a UUID", simplest("'context': {'registration': 'session-42'}"),
                        Set.of("0:/context/registration")),
                Arguments.of("revision with an Agent object",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'objectType': 'Agent', 'mbox': 'mailto:b@example.com'},"
                                + " 'context': {'revision': '2', 'platform': 'Example LMS'}}",
                        Set.of("0:/context/revision", "0:/context/platform")),
                Arguments.of("voided verb with an Activity object",
                        "{" + ACTOR + ", 'verb': {'id': 'http://adlnet.gov/expapi/verbs/voided'}, " + ACTIVITY + "}",
                        Set.of("0:/object")),
                Arguments.of("SubStatement inside a SubStatement",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", 'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB + ", " + ACTIVITY
                                + "}}}",
                        Set.of("0:/object/object")),
                Arguments.of("SubStatement with id and stored",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", " + ACTIVITY + ", 'id': 'e05aa883-acaf-40ad-bf54-02c8ce485fb0',"
                                + " 'stored': '2013-05-18T05:32:34Z'}}",
                        Set.of("0:/object/id", "0:/object/stored")),
                Arguments.of("bad language tag in verb display",
                        "{" + ACTOR + ", 'verb': {'id': 'http://adlnet.gov/expapi/verbs/created',"
                                + " 'display': {'en_US': 'created'}}, " + ACTIVITY + "}",
                        Set.of("0:/verb/display/en_US")),
                Arguments.of("timestamp without zone", simplest("'timestamp': '2013-05-18T05:32:34.804'"),
                        Set.of("0:/timestamp")),
                Arguments.of("id not a UUID", simplest("'id': 'not-a-uuid'"), Set.of("0:/id")),
                Arguments.of("version 0.95 under 1.0.3", simplest("'version': '0.95'"), Set.of("0:/version")),
                Arguments.of("version 2.0.0 under 1.0.3", simplest("'version': '2.0.0'"), Set.of("0:/version")),
                Arguments.of("version 1.0.x. under 1.0.3", simplest("'version': '1.0.'"), Set.of("0:/version")),
                Arguments.of("extension key not an IRI",
                        simplest("'result': {'extensions': {'http://example.com/ok': 1, 'score/extra': 2}}"),
                        Set.of("0:/result/extensions/score~1extra")),
                Arguments.of("contextAgents under 1.0.3",
                        simplest("'context': {'contextAgents': []}"), Set.of("0:/context/contextAgents")),
                Arguments.of("batch where only the statement at index 2 is bad",
                        "[" + simplest("") + ", " + simplest("") + ", " + simplest("'result': {'success': 'yes'}")
                                + ", " + simplest("") + "]",
                        Set.of("2:/result/success")),
                Arguments.of("interaction components without interactionType",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'id': 'http://example.com/q1', 'definition': {"
                                + "'correctResponsesPattern': ['golf'], 'choices': [{'id': 'golf'}]}}}",
                        Set.of("0:/object/definition/interactionType")),
                Arguments.of("a scale alone without interactionType",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'id': 'http://example.com/q1', 'definition': {"
                                + "'scale': [{'id': 'likert_0'}]}}}",
                        Set.of("0:/object/definition/interactionType")),
                Arguments.of("interaction components of a SubStatement's activity without interactionType",
                        "{" + ACTOR + ", " + VERB + ", 'object': {'objectType': 'SubStatement', " + ACTOR + ", " + VERB
                                + ", 'object': {'id': 'http://example.com/q1', 'definition': {'steps': [{'id': 's1'}]}}}}",
                        Set.of("0:/object/object/definition/interactionType")),
                Arguments.of("authority: an identified Group",
                        simplest("'authority': {'objectType': 'Group', 'mbox': 'mailto:team@example.com'}"),
                        Set.of("0:/authority")),
                Arguments.of("authority: an anonymous Group of three",
                        simplest("'authority': {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'},"
                                + " {'mbox': 'mailto:b@example.com'}, {'mbox': 'mailto:c@example.com'}]}"),
                        Set.of("0:/authority")),
                Arguments.of("authority: an Agent without an IFI",
                        simplest("'authority': {'objectType': 'Agent', 'name': 'Someone'}"), Set.of("0:/authority")),
                Arguments.of("a timestamp with a negative zero offset",
                        simplest("'timestamp': '2013-05-18T05:32:34.804-00:00'"), Set.of("0:/timestamp")),
                Arguments.of("every violation reported, not only the first",
                        "{'actor': {'mbox': 'x'}, 'verb': {'id': 'created'}, 'object': {'id': 'activity'},"
                                + " 'timestamp': 'yesterday'}",
                        Set.of("0:/actor/mbox", "0:/verb/id", "0:/object/id", "0:/timestamp")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidStatements")
    void reportsViolationAtExactPointer(String name, String body, Set<String> expected) {
        assertEquals(expected, locations(StatementValidator.validate(json(body), XapiVersion.V1_0_3)));
    }

    static Stream<Arguments> version2Differences() {
        return Stream.of(
                Arguments.of("contextAgents and contextGroups are allowed",
                        simplest("'version': '2.0.0', 'context': {"
                                + "'contextAgents': [{'objectType': 'contextAgent', 'agent': {'mbox': 'mailto:i@example.com'},"
                                + " 'relevantTypes': ['https://example.com/instructor']}],"
                                + " 'contextGroups': [{'objectType': 'contextGroup', 'group': {'objectType': 'Group',"
                                + " 'member': [{'mbox': 'mailto:i@example.com'}]}}]}"),
                        Set.of()),
                Arguments.of("contextAgent with wrong objectType and empty relevantTypes",
                        simplest("'context': {'contextAgents': [{'objectType': 'Agent',"
                                + " 'agent': {'mbox': 'mailto:i@example.com'}, 'relevantTypes': []}]}"),
                        Set.of("0:/context/contextAgents/0/objectType", "0:/context/contextAgents/0/relevantTypes")),
                Arguments.of("1.0.x version under 2.0 (IEEE 9274.1.1 takes it)", simplest("'version': '1.0.3'"), Set.of()),
                Arguments.of("1.0 under 2.0", simplest("'version': '1.0'"), Set.of()),
                Arguments.of("2.0 under 2.0", simplest("'version': '2.0'"), Set.of()),
                Arguments.of("0.95 under 2.0", simplest("'version': '0.95'"), Set.of("0:/version")),
                Arguments.of("3.0.0 under 2.0", simplest("'version': '3.0.0'"), Set.of("0:/version")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("version2Differences")
    void appliesVersion2Rules(String name, String body, Set<String> expected) {
        assertEquals(expected, locations(StatementValidator.validate(json(body), XapiVersion.V2_0_0)));
    }

    @Test
    void rejectsBodyThatIsNeitherObjectNorArray() {
        assertEquals(Set.of("0:"), locations(StatementValidator.validate(json("'statement'"), XapiVersion.V1_0_3)));
    }

    @Test
    void reportsNonObjectArrayElementAtItsIndex() {
        assertEquals(Set.of("1:"), locations(StatementValidator.validate(
                json("[" + simplest("") + ", 42]"), XapiVersion.V1_0_3)));
    }

    @Test
    void violationMessagesAreNotBlank() {
        assertTrue(StatementValidator.validate(json("{}"), XapiVersion.V1_0_3).stream()
                .noneMatch(v -> v.message().isBlank()));
    }
}
