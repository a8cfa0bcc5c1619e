package io.proficio.xapi.query;

import static io.proficio.xapi.query.SpecExamples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.proficio.xapi.query.StatementFormat.Format;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementFormatTest {

    static Stream<Arguments> parameters() {
        return Stream.of(
                Arguments.of("absent", null, Optional.of(Format.EXACT)),
                Arguments.of("ids", "ids", Optional.of(Format.IDS)),
                Arguments.of("exact", "exact", Optional.of(Format.EXACT)),
                Arguments.of("canonical", "canonical", Optional.of(Format.CANONICAL)),
                Arguments.of("upper case", "IDS", Optional.empty()),
                Arguments.of("empty", "", Optional.empty()),
                Arguments.of("unknown", "full", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameters")
    void parsesTheFormatParameter(String name, String parameter, Optional<Format> expected) {
        assertEquals(expected, StatementFormat.parse(parameter));
    }

    @Test
    void exactReturnsTheStatementAsStored() {
        JsonObject statement = json(SpecExamples.LONG);
        assertSame(statement, StatementFormat.apply(statement, Format.EXACT, List.of()));
    }

    static Stream<Arguments> idsCases() {
        return Stream.of(
                Arguments.of("simple statement", SpecExamples.SIMPLE, """
                        {'id': 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0', 'timestamp': '2015-11-18T12:17:00+00:00',
                         'actor': {'objectType': 'Agent', 'mbox': 'mailto:user@example.com'},
                         'verb': {'id': 'http://example.com/xapi/verbs#sent-a-statement'},
                         'object': {'id': 'http://example.com/xapi/activity/simplestatement'}}
                        """),
                Arguments.of("long example: identified groups lose members, context and authority reduced", SpecExamples.LONG, """
                        {'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
                         'actor': {'objectType': 'Group', 'mbox': 'mailto:teampb@example.com'},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended'},
                         'result': {'success': true, 'completion': true, 'response': 'We agreed on some example actions.',
                                    'duration': 'PT1H0M0S'},
                         'context': {
                           'registration': 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
                           'contextActivities': {
                             'parent': [{'id': 'http://www.example.com/meetings/series/267'}],
                             'category': [{'id': 'http://www.example.com/meetings/categories/teammeeting'}],
                             'other': [{'id': 'http://www.example.com/meetings/occurances/34257'},
                                       {'id': 'http://www.example.com/meetings/occurances/3425567'}]},
                           'instructor': {'objectType': 'Agent', 'account': {'homePage': 'http://www.example.com', 'name': '13936749'}},
                           'team': {'objectType': 'Group', 'mbox': 'mailto:teampb@example.com'},
                           'platform': 'Example virtual meeting software', 'language': 'tlh',
                           'statement': {'objectType': 'StatementRef', 'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}},
                         'timestamp': '2013-05-18T05:32:34.804+00:00', 'stored': '2013-05-18T05:32:34.804+00:00',
                         'authority': {'objectType': 'Agent', 'account': {'homePage': 'http://cloud.scorm.com/', 'name': 'anonymous'}},
                         'version': '1.0.0',
                         'object': {'id': 'http://www.example.com/meetings/occurances/34534'}}
                        """),
                Arguments.of("SubStatement reduced inside", SpecExamples.SUB_STATEMENT, """
                        {'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                         'verb': {'id': 'http://example.com/planned'},
                         'object': {'objectType': 'SubStatement',
                                    'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                                    'verb': {'id': 'http://example.com/visited'},
                                    'object': {'id': 'http://example.com/website'}}}
                        """),
                Arguments.of("a SubStatement's Activity keeps its id alone (XAPI-00171)", """
                        {'actor': {'mbox': 'mailto:a@example.com'}, 'verb': {'id': 'http://example.com/planned'},
                         'object': {'objectType': 'SubStatement',
                                    'actor': {'objectType': 'Group', 'mbox': 'mailto:g@example.com', 'name': 'G'},
                                    'verb': {'id': 'http://example.com/visited', 'display': {'en': 'visited'}},
                                    'object': {'objectType': 'Activity', 'id': 'http://example.com/website',
                                               'definition': {'name': {'en': 'Website'}}}}}
                        """, """
                        {'actor': {'mbox': 'mailto:a@example.com'}, 'verb': {'id': 'http://example.com/planned'},
                         'object': {'objectType': 'SubStatement',
                                    'actor': {'objectType': 'Group', 'mbox': 'mailto:g@example.com'},
                                    'verb': {'id': 'http://example.com/visited'},
                                    'object': {'id': 'http://example.com/website'}}}
                        """),
                Arguments.of("OAuth authority: anonymous group keeps members, each reduced", SpecExamples.OAUTH_AUTHORITY, """
                        {'actor': {'mbox': 'mailto:user@example.com'},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/attempted'},
                         'object': {'id': 'http://example.com/activities/a'},
                         'authority': {'objectType': 'Group',
                                       'member': [{'account': {'homePage': 'http://example.com/xAPI/OAuth/Token',
                                                               'name': 'oauth_consumer_x75db'}},
                                                  {'mbox': 'mailto:bob@example.com'}]}}
                        """),
                Arguments.of("anonymous group actor and agent object keep only identifiers", """
                        {'actor': {'objectType': 'Group', 'name': 'Study group',
                                   'member': [{'name': 'Ann', 'mbox': 'mailto:Ann@example.com', 'objectType': 'Agent'},
                                              {'name': 'Bo', 'openid': 'http://bo.example.org/'}]},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/mentored', 'display': {'en': 'mentored'}},
                         'object': {'objectType': 'Agent', 'name': 'Cy', 'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'},
                         'attachments': [{'usageType': 'http://example.com/attachment-usage/test', 'display': {'en-US': 'A test'},
                                          'contentType': 'text/plain', 'length': 27,
                                          'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'}]}
                        """, """
                        {'actor': {'objectType': 'Group',
                                   'member': [{'objectType': 'Agent', 'mbox': 'mailto:Ann@example.com'},
                                              {'openid': 'http://bo.example.org/'}]},
                         'verb': {'id': 'http://adlnet.gov/expapi/verbs/mentored'},
                         'object': {'objectType': 'Agent', 'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'},
                         'attachments': [{'usageType': 'http://example.com/attachment-usage/test', 'display': {'en-US': 'A test'},
                                          'contentType': 'text/plain', 'length': 27,
                                          'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'}]}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsCases")
    void idsKeepsOnlyWhatIdentifiesAgentsVerbsActivitiesAndGroups(String name, String statement, String expected) {
        assertEquals(json(expected), StatementFormat.apply(json(statement), Format.IDS, List.of()));
    }

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr-CA,fr;q=0.8,en;q=0.5", List.of("en-US", "fr-FR"), "fr-FR"),
                Arguments.of("fr-CA,fr;q=0.8,en;q=0.5", List.of("en-US", "fr-FR", "fr-CA"), "fr-CA"),
                Arguments.of("fr-CA,fr;q=0.8,en;q=0.5", List.of("en-US", "en-GB"), "en-US"),
                Arguments.of("fr-CA,fr;q=0.8,en;q=0.5", List.of("de", "und", "es"), "und"),
                Arguments.of("fr-CA,fr;q=0.8,en;q=0.5", List.of("de", "es"), "de"),
                Arguments.of("fr-CA", List.of("en-US", "fr"), "fr"),
                Arguments.of("en;q=0,*", List.of("en-US", "de"), "de"),
                Arguments.of("EN-us", List.of("de", "en-US"), "en-US"),
                Arguments.of("", List.of("en-GB", "en-US"), "en-GB"),
                Arguments.of("", List.of("en-GB", "und"), "und"));
    }

    @ParameterizedTest(name = "Accept-Language ''{0}'' picks {2} from {1}")
    @MethodSource("languages")
    void canonicalKeepsTheLanguageBestMatchingAcceptLanguage(String acceptLanguage, List<String> tags, String expected) {
        StringBuilder display = new StringBuilder();
        tags.forEach(tag -> display.append(display.length() == 0 ? "" : ", ").append("'").append(tag).append("': 'x'"));
        JsonObject statement = json("{'actor': {'mbox': 'mailto:a@example.com'}, 'verb': {'id': 'http://example.com/v', 'display': {"
                + display + "}}, 'object': {'id': 'http://example.com/a'}}");

        JsonObject canonical = StatementFormat.apply(statement, Format.CANONICAL, ranges(acceptLanguage));

        assertEquals(Set.of(expected), canonical.getJsonObject("verb").getJsonObject("display").keySet());
    }

    @Test
    void canonicalCutsEveryLanguageMapAndKeepsAgentsExact() {
        JsonObject statement = json("""
                {'actor': {'objectType': 'Group', 'name': 'Study group', 'member': [{'name': 'Ann', 'mbox': 'mailto:ann@example.com'}]},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/planned', 'display': {'en-US': 'planned', 'fr-FR': 'a planifié'}},
                 'object': {'objectType': 'SubStatement',
                            'actor': {'name': 'Ann', 'mbox': 'mailto:ann@example.com'},
                            'verb': {'id': 'http://adlnet.gov/expapi/verbs/answered', 'display': {'en-US': 'answered', 'fr-FR': 'a répondu'}},
                            'object': {'id': 'http://example.com/quiz/q1',
                                       'definition': {'name': {'en-US': 'Question 1', 'fr-FR': 'Question 1 (fr)'},
                                                      'description': {'en-US': 'Pick one', 'fr': 'Choisissez'},
                                                      'interactionType': 'choice',
                                                      'extensions': {'http://example.com/ext': {'en-US': 'kept', 'fr-FR': 'gardé'}},
                                                      'choices': [{'id': 'a', 'description': {'en-US': 'Yes', 'fr-FR': 'Oui'}},
                                                                  {'id': 'b', 'description': {'en-US': 'No'}}]}},
                            'context': {'contextActivities': {'parent': {'id': 'http://example.com/quiz',
                                        'definition': {'name': {'und': 'Quiz', 'de': 'Prüfung'}}}}}},
                 'attachments': [{'usageType': 'http://example.com/attachment-usage/test',
                                  'display': {'en-US': 'A test', 'fr-CA': 'Un test'}, 'description': {'en-US': 'A test file'},
                                  'contentType': 'text/plain', 'length': 27,
                                  'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'}]}
                """);

        JsonObject canonical = StatementFormat.apply(statement, Format.CANONICAL, ranges("fr-CA,fr;q=0.8,en;q=0.5"));

        assertEquals(json("""
                {'actor': {'objectType': 'Group', 'name': 'Study group', 'member': [{'name': 'Ann', 'mbox': 'mailto:ann@example.com'}]},
                 'verb': {'id': 'http://adlnet.gov/expapi/verbs/planned', 'display': {'fr-FR': 'a planifié'}},
                 'object': {'objectType': 'SubStatement',
                            'actor': {'name': 'Ann', 'mbox': 'mailto:ann@example.com'},
                            'verb': {'id': 'http://adlnet.gov/expapi/verbs/answered', 'display': {'fr-FR': 'a répondu'}},
                            'object': {'id': 'http://example.com/quiz/q1',
                                       'definition': {'name': {'fr-FR': 'Question 1 (fr)'},
                                                      'description': {'fr': 'Choisissez'},
                                                      'interactionType': 'choice',
                                                      'extensions': {'http://example.com/ext': {'en-US': 'kept', 'fr-FR': 'gardé'}},
                                                      'choices': [{'id': 'a', 'description': {'fr-FR': 'Oui'}},
                                                                  {'id': 'b', 'description': {'en-US': 'No'}}]}},
                            'context': {'contextActivities': {'parent': {'id': 'http://example.com/quiz',
                                        'definition': {'name': {'und': 'Quiz'}}}}}},
                 'attachments': [{'usageType': 'http://example.com/attachment-usage/test',
                                  'display': {'fr-CA': 'Un test'}, 'description': {'en-US': 'A test file'},
                                  'contentType': 'text/plain', 'length': 27,
                                  'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a'}]}
                """), canonical);
    }

    private static List<Locale.LanguageRange> ranges(String acceptLanguage) {
        return acceptLanguage.isEmpty() ? List.of() : Locale.LanguageRange.parse(acceptLanguage);
    }
}
