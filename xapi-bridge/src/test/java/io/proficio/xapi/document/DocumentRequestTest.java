package io.proficio.xapi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.domain.document.DocumentKind;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentRequestTest {

    private static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:Ann@Example.com\"}";
    private static final String ACTIVITY = "http://example.com/activities/1";

    @Test
    void readsAStateWithItsAgentsIdentifierAndRegistration() {
        DocumentRequest request = DocumentRequest.read(DocumentKind.STATE, DocumentRequest.Action.WRITE,
                params("activityId", ACTIVITY, "agent", AGENT, "stateId", "bookmark",
                        "registration", "EC531277-B57B-4C15-8D91-D292C5B2B8F7"));
        assertEquals("mailto:ann@example.com", request.context().agentIfi());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", request.context().registration());
        assertEquals("bookmark", request.address().documentId());
    }

    @Test
    void aListTakesSinceInAnyIso8601Offset() {
        DocumentRequest request = DocumentRequest.read(DocumentKind.AGENT_PROFILE, DocumentRequest.Action.READ,
                params("agent", AGENT, "since", "2026-12-03T10:00:00.5+0100"));
        assertEquals(Instant.parse("2026-12-03T09:00:00.5Z"), request.since().orElseThrow());
        assertTrue(request.documentId().isEmpty());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "STATE; WRITE; activityId=http://example.com/a&stateId=s; PARAMETER_MISSING",
            "STATE; WRITE; agent=A&stateId=s; PARAMETER_MISSING",
            "STATE; WRITE; activityId=http://example.com/a&agent=A; PARAMETER_MISSING",
            "STATE; READ; activityId=not an iri&agent=A&stateId=s; PARAMETER_INVALID",
            "STATE; READ; activityId=http://example.com/a&agent={\"name\":\"no ifi\"}&stateId=s; PARAMETER_INVALID",
            "STATE; READ; activityId=http://example.com/a&agent=not json&stateId=s; PARAMETER_INVALID",
            "STATE; READ; activityId=http://example.com/a&agent=A&registration=not-a-uuid; PARAMETER_INVALID",
            "STATE; READ; activityId=http://example.com/a&agent=A&since=yesterday; PARAMETER_INVALID",
            "STATE; READ; activityId=http://example.com/a&agent=A&stateId=s&since=2026-12-03T10:00:00Z;"
                    + " UNKNOWN_PARAMETER",
            "ACTIVITY_PROFILE; DELETE; activityId=http://example.com/a; PARAMETER_MISSING",
            "ACTIVITY_PROFILE; READ; activityId=http://example.com/a&agent=A; UNKNOWN_PARAMETER",
            "AGENT_PROFILE; WRITE; agent=A&profileId=p&activityId=http://example.com/a; UNKNOWN_PARAMETER",
            "AGENT_PROFILE; READ; agent=A&profileId=p&stateId=s; UNKNOWN_PARAMETER",
    })
    void refusesMissingMalformedAndUnknownParameters(DocumentKind kind, DocumentRequest.Action action, String query,
                                                     XapiError expected) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        for (String pair : query.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            params.add(nameAndValue[0], nameAndValue[1].equals("A") ? AGENT : nameAndValue[1]);
        }
        XapiRejected rejected = assertThrows(XapiRejected.class, () -> DocumentRequest.read(kind, action, params));
        assertEquals(expected, rejected.error());
        assertEquals(400, rejected.status());
    }

    private static MultivaluedMap<String, String> params(String... namesAndValues) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }
}
