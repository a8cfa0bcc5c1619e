package io.proficio.xapi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.xapi.statement.StatementViolation;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class XapiErrorTest {

    /** The status ADL's conformance suite expects for each code, and the reason phrase the body names it by. */
    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(XapiError.VERSION_UNSUPPORTED, 400, "Bad Request"),
                Arguments.of(XapiError.ALTERNATE_SYNTAX_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.MEDIA_TYPE_UNSUPPORTED, 400, "Bad Request"),
                Arguments.of(XapiError.MULTIPART_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.UNKNOWN_PARAMETER, 400, "Bad Request"),
                Arguments.of(XapiError.PARAMETER_COMBINATION_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.PARAMETER_MISSING, 400, "Bad Request"),
                Arguments.of(XapiError.PARAMETER_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.HEADER_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.STATEMENT_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.ATTACHMENT_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.SIGNATURE_INVALID, 400, "Bad Request"),
                Arguments.of(XapiError.DOCUMENT_NOT_MERGEABLE, 400, "Bad Request"),
                Arguments.of(XapiError.PRECONDITION_REQUIRED, 400, "Bad Request"),
                Arguments.of(XapiError.CREDENTIALS_MISSING, 401, "Unauthorized"),
                Arguments.of(XapiError.CREDENTIALS_REFUSED, 401, "Unauthorized"),
                Arguments.of(XapiError.STATEMENT_NOT_FOUND, 404, "Not Found"),
                Arguments.of(XapiError.DOCUMENT_NOT_FOUND, 404, "Not Found"),
                Arguments.of(XapiError.STATEMENT_CONFLICT, 409, "Conflict"),
                Arguments.of(XapiError.DOCUMENT_CONFLICT, 409, "Conflict"),
                Arguments.of(XapiError.PRECONDITION_FAILED, 412, "Precondition Failed"),
                Arguments.of(XapiError.TOO_LARGE, 413, "Request Entity Too Large"));
    }

    private final XapiErrors mapper = new XapiErrors();

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("statuses")
    void eachCodeKeepsTheStatusTheConformanceSuiteExpects(XapiError error, int status, String reason) {
        assertEquals(status, error.status());
    }

    @Test
    void theStatusTableCoversEveryCode() {
        Set<XapiError> listed = statuses().map(arguments -> (XapiError) arguments.get()[0]).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(XapiError.class), listed);
    }

    @ParameterizedTest
    @EnumSource(XapiError.class)
    void everyCodeIsTheCallersToFix(XapiError error) {
        assertTrue(error.status() >= 400 && error.status() < 500, () -> error + " has status " + error.status());
    }

    @ParameterizedTest
    @EnumSource(XapiError.class)
    void everyStatusIsOneXapiNamesForErrors(XapiError error) {
        // xAPI 1.0.3 Communication §3.2.s2, less 500: a refusal is never "we failed".
        assertTrue(Set.of(400, 401, 403, 404, 409, 412, 413, 429).contains(error.status()), error::name);
    }

    @Test
    void codesAreUniqueByName() {
        List<String> names = Arrays.stream(XapiError.values()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), names::toString);
    }

    @ParameterizedTest
    @EnumSource(XapiError.class)
    void aRejectionTakesItsStatusFromItsCode(XapiError error) {
        XapiRejected rejected = new XapiRejected(error, "The detail.");
        assertSame(error, rejected.error());
        assertEquals(error.status(), rejected.status());
        assertEquals("The detail.", rejected.getMessage());
        assertEquals(List.of(), rejected.violations());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statuses")
    void theAnswerToARejectionCarriesTheCodesStatusAndTheSitesDetail(XapiError error, int status, String reason) {
        Response answer = mapper.toResponse(new XapiRejected(error, "The detail."));

        assertEquals(status, answer.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, answer.getMediaType());
        assertEquals("{\"error\":\"" + reason + "\",\"message\":\"The detail.\",\"violations\":[]}",
                answer.getEntity());
        assertEquals(status == 401 ? "Basic realm=\"Proficio xAPI\"" : null,
                answer.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void theAnswerListsEveryViolation() {
        Response answer = mapper.toResponse(new XapiRejected(XapiError.STATEMENT_INVALID, "2 problems.",
                List.of(new StatementViolation(0, "/actor", "Missing."), new StatementViolation(2, "/id", "Taken."))));

        assertEquals(400, answer.getStatus());
        assertEquals("{\"error\":\"Bad Request\",\"message\":\"2 problems.\",\"violations\":["
                + "{\"statementIndex\":0,\"pointer\":\"/actor\",\"message\":\"Missing.\"},"
                + "{\"statementIndex\":2,\"pointer\":\"/id\",\"message\":\"Taken.\"}]}", answer.getEntity());
    }

    @Test
    void aRejectionWithoutDetailAnswersAnEmptyMessage() {
        Response answer = mapper.toResponse(new XapiRejected(XapiError.PRECONDITION_FAILED, null));

        assertEquals(412, answer.getStatus());
        assertEquals("{\"error\":\"Precondition Failed\",\"message\":\"\",\"violations\":[]}", answer.getEntity());
    }

    @Test
    void aMediaTypeNoResourceReadsIsA400NotA415() {
        Response answer = mapper.toResponse(new NotSupportedException());

        assertEquals(400, answer.getStatus());
        assertEquals("{\"error\":\"Bad Request\",\"message\":\"Send statements as application/json, or as"
                + " multipart/mixed with their attachments (xAPI 1.0.3 Communication §1.5.2).\",\"violations\":[]}",
                answer.getEntity());
    }

    @Test
    void jaxRsRefusalsKeepTheirOwnStatus() {
        Response answer = mapper.toResponse(new WebApplicationException("HTTP 405 Method Not Allowed", 405));

        assertEquals(405, answer.getStatus());
        assertEquals("{\"error\":\"Method Not Allowed\",\"message\":\"HTTP 405 Method Not Allowed\","
                + "\"violations\":[]}", answer.getEntity());
        assertNull(answer.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void aFailureOfOurOwnIsA500WithAReferenceAndNoDetailOfTheFailure() {
        Logger log = Logger.getLogger(XapiErrors.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            Response answer = mapper.toResponse(new IllegalStateException("the database is gone"));

            assertEquals(500, answer.getStatus());
            String body = (String) answer.getEntity();
            assertTrue(body.matches("\\{\"error\":\"Internal Server Error\",\"message\":\"The request failed on our"
                    + " side \\(reference [0-9a-f-]{36}\\)\\.\",\"violations\":\\[]}"), body);
        } finally {
            log.setLevel(level);
        }
    }
}
