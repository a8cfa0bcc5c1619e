package io.proficio.xapi.statement;

import static io.proficio.xapi.statement.TestJson.json;
import static io.proficio.xapi.statement.TestJson.locations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActorRulesTest {

    static Stream<Arguments> actors() {
        return Stream.of(
                Arguments.of("agent with mbox", "{'mbox': 'mailto:a@example.com'}", Set.of()),
                Arguments.of("agent with openid", "{'objectType': 'Agent', 'openid': 'http://a.example.org'}", Set.of()),
                Arguments.of("agent with sha1", "{'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'}", Set.of()),
                Arguments.of("identified group without members",
                        "{'objectType': 'Group', 'account': {'homePage': 'http://lms.example.com', 'name': 'team-7'}}",
                        Set.of()),
                Arguments.of("anonymous group without members", "{'objectType': 'Group', 'name': 'G'}",
                        Set.of("/actor/member")),
                Arguments.of("anonymous group with empty members", "{'objectType': 'Group', 'member': []}",
                        Set.of("/actor/member")),
                Arguments.of("group with two IFIs",
                        "{'objectType': 'Group', 'mbox': 'mailto:g@example.com', 'openid': 'http://g.example.org'}",
                        Set.of("/actor")),
                Arguments.of("group member that is a group",
                        "{'objectType': 'Group', 'member': [{'objectType': 'Group', 'mbox': 'mailto:g@example.com'}]}",
                        Set.of("/actor/member/0/objectType")),
                Arguments.of("group member without IFI", "{'objectType': 'Group', 'member': [{'name': 'x'}]}",
                        Set.of("/actor/member/0")),
                Arguments.of("unknown objectType", "{'objectType': 'Person', 'mbox': 'mailto:a@example.com'}",
                        Set.of("/actor/objectType")),
                Arguments.of("unknown agent property", "{'mbox': 'mailto:a@example.com', 'age': 3}", Set.of("/actor/age")),
                Arguments.of("name not a string", "{'mbox': 'mailto:a@example.com', 'name': 7}", Set.of("/actor/name")),
                Arguments.of("account with extra property",
                        "{'account': {'homePage': 'http://lms.example.com', 'name': 'u1', 'id': 'u1'}}",
                        Set.of("/actor/account/id")),
                Arguments.of("account homePage not an IRI",
                        "{'account': {'homePage': 'lms.example.com', 'name': 'u1'}}", Set.of("/actor/account/homePage")),
                Arguments.of("account missing name", "{'account': {'homePage': 'http://lms.example.com'}}",
                        Set.of("/actor/account/name")),
                Arguments.of("openid not an absolute URI", "{'openid': 'a.example.org'}", Set.of("/actor/openid")),
                Arguments.of("actor not an object", "'mailto:a@example.com'", Set.of("/actor")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actors")
    void checksAgentOrGroup(String name, String actor, Set<String> expectedPointers) {
        Violations out = new Violations(0);
        ActorRules.agentOrGroup(json(actor), "/actor", out);
        assertEquals(expectedPointers, Set.copyOf(locations(out.found()).stream()
                .map(l -> l.substring(l.indexOf(':') + 1)).toList()));
    }

    @ParameterizedTest(name = "team {0}")
    @MethodSource("teams")
    void teamMustBeAGroup(String name, String team, Set<String> expectedPointers) {
        Violations out = new Violations(0);
        ActorRules.group(json(team), "/context/team", out);
        assertEquals(expectedPointers, Set.copyOf(locations(out.found()).stream()
                .map(l -> l.substring(l.indexOf(':') + 1)).toList()));
    }

    static Stream<Arguments> teams() {
        return Stream.of(
                Arguments.of("anonymous group", "{'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}]}",
                        Set.of()),
                Arguments.of("agent", "{'mbox': 'mailto:a@example.com'}", Set.of("/context/team/objectType")),
                Arguments.of("explicit agent", "{'objectType': 'Agent', 'mbox': 'mailto:a@example.com'}",
                        Set.of("/context/team/objectType")));
    }
}
