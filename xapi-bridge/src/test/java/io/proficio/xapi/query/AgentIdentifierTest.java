package io.proficio.xapi.query;

import static io.proficio.xapi.query.SpecExamples.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentIdentifierTest {

    static Stream<Arguments> agents() {
        return Stream.of(
                Arguments.of("mbox lower-cased whole", "{'mbox': 'mailto:Ann.Lee@Example.COM'}",
                        Optional.of("mailto:ann.lee@example.com")),
                Arguments.of("sha1 lower-cased and prefixed",
                        "{'mbox_sha1sum': 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9'}",
                        Optional.of("mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9")),
                Arguments.of("account as sent", "{'account': {'homePage': 'http://www.example.com', 'name': 'U13936749'}}",
                        Optional.of("account:http://www.example.com|U13936749")),
                Arguments.of("openid as sent", "{'openid': 'http://Toby.openid.example.org/'}",
                        Optional.of("openid:http://Toby.openid.example.org/")),
                Arguments.of("identified group by its own IFI, not its members",
                        "{'objectType': 'Group', 'mbox': 'mailto:team@example.com', 'member': [{'mbox': 'mailto:a@example.com'}]}",
                        Optional.of("mailto:team@example.com")),
                Arguments.of("anonymous group has none", "{'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}]}",
                        Optional.empty()),
                Arguments.of("mbox chosen before the others when several are sent",
                        "{'openid': 'http://a.example.org/', 'mbox': 'mailto:a@example.com'}", Optional.of("mailto:a@example.com")),
                Arguments.of("empty account is no account", "{'account': {}, 'openid': 'http://a.example.org/'}",
                        Optional.of("openid:http://a.example.org/")),
                Arguments.of("absent agent", "{}", Optional.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agents")
    void identifiesAgentsByTheirInverseFunctionalIdentifier(String name, String agent, Optional<String> expected) {
        assertEquals(expected, AgentIdentifier.of(json(agent)));
    }
}
