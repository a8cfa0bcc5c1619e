package io.proficio.xapi.query;

import static io.proficio.xapi.query.SpecExamples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.domain.statement.StatementKey;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementKeysTest {

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("simple statement: actor and object activity", SpecExamples.SIMPLE, Set.of(
                        "AGENT mailto:user@example.com",
                        "RELATED_ACTIVITY http://example.com/xapi/activity/simplestatement")),
                Arguments.of("long example: group actor and members, authority, context activities", SpecExamples.LONG, Set.of(
                        "AGENT mailto:teampb@example.com",
                        "AGENT account:http://www.example.com|13936749",
                        "AGENT openid:http://toby.openid.example.org/",
                        "AGENT mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9",
                        // instructor (a member) and team (the actor) are AGENT keys already
                        "RELATED_AGENT account:http://cloud.scorm.com/|anonymous",
                        "RELATED_ACTIVITY http://www.example.com/meetings/occurances/34534",
                        "RELATED_ACTIVITY http://www.example.com/meetings/series/267",
                        "RELATED_ACTIVITY http://www.example.com/meetings/categories/teammeeting",
                        "RELATED_ACTIVITY http://www.example.com/meetings/occurances/34257",
                        "RELATED_ACTIVITY http://www.example.com/meetings/occurances/3425567")),
                Arguments.of("SubStatement: its actor is related, its object a related activity", SpecExamples.SUB_STATEMENT, Set.of(
                        "AGENT mailto:test@example.com",
                        "RELATED_ACTIVITY http://example.com/website")),
                Arguments.of("SubStatement with its own agents and a single (1.0.x) context activity", """
                        {'actor': {'mbox': 'mailto:planner@example.com'},
                         'verb': {'id': 'http://example.com/planned'},
                         'object': {'objectType': 'SubStatement',
                                    'actor': {'mbox': 'mailto:learner@example.com'},
                                    'verb': {'id': 'http://example.com/mentored'},
                                    'object': {'objectType': 'Agent', 'mbox': 'mailto:mentee@example.com'},
                                    'context': {'instructor': {'mbox': 'mailto:coach@example.com'},
                                                'contextActivities': {'parent': {'id': 'http://example.com/course'}}}}}
                        """, Set.of(
                        "AGENT mailto:planner@example.com",
                        "RELATED_AGENT mailto:learner@example.com",
                        "RELATED_AGENT mailto:mentee@example.com",
                        "RELATED_AGENT mailto:coach@example.com",
                        "RELATED_ACTIVITY http://example.com/course")),
                Arguments.of("identified group object: the group and each member", SpecExamples.GROUP_OBJECT, Set.of(
                        "AGENT mailto:user@example.com",
                        "AGENT account:http://example.com/homePage|GroupAccount",
                        "AGENT mailto:andrew@example.com",
                        "AGENT openid:http://aaron.openid.example.org")),
                Arguments.of("OAuth authority: each member of the anonymous group", SpecExamples.OAUTH_AUTHORITY, Set.of(
                        "AGENT mailto:user@example.com",
                        "RELATED_AGENT account:http://example.com/xAPI/OAuth/Token|oauth_consumer_x75db",
                        "RELATED_AGENT mailto:bob@example.com",
                        "RELATED_ACTIVITY http://example.com/activities/a")),
                Arguments.of("StatementRef object and context statement give no keys", """
                        {'actor': {'mbox': 'mailto:Andrew@Example.com'},
                         'verb': {'id': 'http://example.com/confirmed'},
                         'object': {'objectType': 'StatementRef', 'id': '9e13cefd-53d3-4eac-b5ed-2cf6693903bb'},
                         'context': {'statement': {'objectType': 'StatementRef', 'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}}}
                        """, Set.of("AGENT mailto:andrew@example.com")),
                Arguments.of("2.0 context agents and groups are related agents", """
                        {'actor': {'mbox': 'mailto:learner@example.com'},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended'},
                         'object': {'id': 'http://example.com/meeting'},
                         'context': {'team': {'objectType': 'Group', 'member': [{'mbox': 'mailto:peer@example.com'}]},
                                     'contextAgents': [{'objectType': 'contextAgent', 'agent': {'mbox': 'mailto:host@example.com'},
                                                        'relevantTypes': ['http://example.com/types/host']}],
                                     'contextGroups': [{'objectType': 'contextGroup',
                                                        'group': {'objectType': 'Group', 'openid': 'http://class.example.org/'}}]}}
                        """, Set.of(
                        "AGENT mailto:learner@example.com",
                        "RELATED_AGENT mailto:peer@example.com",
                        "RELATED_AGENT mailto:host@example.com",
                        "RELATED_AGENT openid:http://class.example.org/",
                        "RELATED_ACTIVITY http://example.com/meeting")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void keysAStatementForTheAgentAndRelatedFilters(String name, String statement, Set<String> expected) {
        assertEquals(expected, StatementKeys.of(json(statement)).stream()
                .map(key -> key.kind() + " " + key.value()).collect(Collectors.toSet()));
    }

    @Test
    void neverRepeatsAnAgentKeyAsRelated() {
        Set<StatementKey> keys = StatementKeys.of(json(SpecExamples.LONG));
        assertEquals(keys.size(), keys.stream().map(StatementKey::value).distinct().count());
    }
}
