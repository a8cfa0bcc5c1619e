package io.proficio.xapi.query;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;

/**
 * Statements from the xAPI 1.0.3 specification's examples (Data Appendix A and B, §2.4.4.3,
 * §2.4.9), written with {@code '} for {@code "} so tables stay readable.
 */
final class SpecExamples {

    /** Data Appendix A, "Example of a simple Statement". */
    static final String SIMPLE = """
            {'id': 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0', 'timestamp': '2015-11-18T12:17:00+00:00',
             'actor': {'objectType': 'Agent', 'name': 'Project Tin Can API', 'mbox': 'mailto:user@example.com'},
             'verb': {'id': 'http://example.com/xapi/verbs#sent-a-statement', 'display': {'en-US': 'sent'}},
             'object': {'id': 'http://example.com/xapi/activity/simplestatement',
                        'definition': {'name': {'en-US': 'simple statement'},
                                       'description': {'en-US': 'A simple Experience API statement.'}}}}
            """;

    /** Data Appendix A, the long example: Identified Group actor with members, context, authority. */
    static final String LONG = """
            {'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
             'actor': {'name': 'Team PB', 'mbox': 'mailto:teampb@example.com', 'objectType': 'Group',
                       'member': [
                         {'name': 'Andrew Downes', 'account': {'homePage': 'http://www.example.com', 'name': '13936749'},
                          'objectType': 'Agent'},
                         {'name': 'Toby Nichols', 'openid': 'http://toby.openid.example.org/', 'objectType': 'Agent'},
                         {'name': 'Ena Hills', 'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9',
                          'objectType': 'Agent'}]},
             'verb': {'id': 'http://adlnet.gov/expapi/verbs/attended', 'display': {'en-GB': 'attended', 'en-US': 'attended'}},
             'result': {'success': true, 'completion': true, 'response': 'We agreed on some example actions.',
                        'duration': 'PT1H0M0S'},
             'context': {
               'registration': 'ec531277-b57b-4c15-8d91-d292c5b2b8f7',
               'contextActivities': {
                 'parent': [{'id': 'http://www.example.com/meetings/series/267', 'objectType': 'Activity'}],
                 'category': [{'id': 'http://www.example.com/meetings/categories/teammeeting', 'objectType': 'Activity',
                               'definition': {'name': {'en': 'team meeting'},
                                              'description': {'en': 'A category of meeting used for regular team meetings.'},
                                              'type': 'http://example.com/expapi/activities/meetingcategory'}}],
                 'other': [{'id': 'http://www.example.com/meetings/occurances/34257', 'objectType': 'Activity'},
                           {'id': 'http://www.example.com/meetings/occurances/3425567', 'objectType': 'Activity'}]},
               'instructor': {'name': 'Andrew Downes',
                              'account': {'homePage': 'http://www.example.com', 'name': '13936749'}, 'objectType': 'Agent'},
               'team': {'name': 'Team PB', 'mbox': 'mailto:teampb@example.com', 'objectType': 'Group'},
               'platform': 'Example virtual meeting software', 'language': 'tlh',
               'statement': {'objectType': 'StatementRef', 'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}},
             'timestamp': '2013-05-18T05:32:34.804+00:00', 'stored': '2013-05-18T05:32:34.804+00:00',
             'authority': {'account': {'homePage': 'http://cloud.scorm.com/', 'name': 'anonymous'}, 'objectType': 'Agent'},
             'version': '1.0.0',
             'object': {'id': 'http://www.example.com/meetings/occurances/34534',
                        'definition': {
                          'extensions': {'http://example.com/profiles/meetings/activitydefinitionextensions/room':
                                           {'name': 'Kilby', 'id': 'http://example.com/rooms/342'}},
                          'name': {'en-GB': 'example meeting', 'en-US': 'example meeting'},
                          'description': {'en-GB': 'An example meeting that happened on a specific occasion.',
                                          'en-US': 'An example meeting that happened on a specific occasion.'},
                          'type': 'http://adlnet.gov/expapi/activities/meeting',
                          'moreInfo': 'http://virtualmeeting.example.com/345256'},
                        'objectType': 'Activity'}}
            """;

    /** Data §2.4.4.3, the SubStatement example. */
    static final String SUB_STATEMENT = """
            {'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
             'verb': {'id': 'http://example.com/planned', 'display': {'en-US': 'planned'}},
             'object': {'objectType': 'SubStatement',
                        'actor': {'objectType': 'Agent', 'mbox': 'mailto:test@example.com'},
                        'verb': {'id': 'http://example.com/visited', 'display': {'en-US': 'will visit'}},
                        'object': {'id': 'http://example.com/website',
                                   'definition': {'name': {'en-US': 'Some Awesome Website'}}}}}
            """;

    /** Data Appendix B, "Object is Group": an Identified Group with members, as the Object. */
    static final String GROUP_OBJECT = """
            {'actor': {'mbox': 'mailto:user@example.com'},
             'verb': {'id': 'http://adlnet.gov/expapi/verbs/mentored'},
             'object': {'name': 'Example Group', 'account': {'homePage': 'http://example.com/homePage', 'name': 'GroupAccount'},
                        'objectType': 'Group',
                        'member': [{'name': 'Andrew Downes', 'mbox': 'mailto:andrew@example.com', 'objectType': 'Agent'},
                                   {'name': 'Aaron Silvers', 'openid': 'http://aaron.openid.example.org', 'objectType': 'Agent'}]}}
            """;

    /** Data §2.4.9: the authority of a Statement sent through OAuth, an Anonymous Group of two. */
    static final String OAUTH_AUTHORITY = """
            {'actor': {'mbox': 'mailto:user@example.com'},
             'verb': {'id': 'http://adlnet.gov/expapi/verbs/attempted'},
             'object': {'id': 'http://example.com/activities/a'},
             'authority': {'objectType': 'Group',
                           'member': [{'account': {'homePage': 'http://example.com/xAPI/OAuth/Token',
                                                   'name': 'oauth_consumer_x75db'}},
                                      {'mbox': 'mailto:bob@example.com'}]}}
            """;

    private SpecExamples() {
    }

    /** Parses JSON in which {@code '} stands for {@code "} (no example needs a literal quote). */
    static JsonObject json(String singleQuoted) {
        try (JsonReader reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }
}
