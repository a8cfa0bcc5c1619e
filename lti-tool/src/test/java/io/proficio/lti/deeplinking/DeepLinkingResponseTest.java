package io.proficio.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.lti.deeplinking.DeepLinkingResponse.ContentItem;
import io.proficio.lti.deeplinking.DeepLinkingResponse.LineItem;
import io.proficio.lti.launch.LtiMessage.DeepLinkingSettings;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeepLinkingResponseTest {

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final String CLIENT_ID = "Fv2bDqg6vJH3tz8";
    private static final String PLATFORM = "https://moodle.example.edu";
    private static final String DEPLOYMENT = "3";
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private static final ContentItem MANUAL_HANDLING = ContentItem
            .resourceLink("Manual handling", "https://proficio.example.com/lti/launch")
            .withText("Show you can lift and carry loads safely.")
            .withCustom(Map.of("competency_id", "c-manual-handling"))
            .withLineItem(new LineItem("Manual handling", 100, Optional.of("c-manual-handling"),
                    Optional.of("competency")));

    private static final JWTClaimsSet PICKED = roundTrip(DeepLinkingResponse.replyingTo(settings(Optional.of("5,17,f3a9c1")))
            .contentItem(MANUAL_HANDLING)
            .message("1 competency added.")
            .log("Linked c-manual-handling")
            .build());

    static Stream<Arguments> responseClaims() {
        return Stream.of(
                claim("iss is the tool's client_id", JWTClaimsSet::getIssuer, CLIENT_ID),
                claim("aud is the platform", JWTClaimsSet::getAudience, List.of(PLATFORM)),
                claim("iat", JWTClaimsSet::getIssueTime, Date.from(NOW)),
                claim("message_type", claims -> claims.getClaim(LTI + "message_type"), "LtiDeepLinkingResponse"),
                claim("version", claims -> claims.getClaim(LTI + "version"), "1.3.0"),
                claim("deployment_id", claims -> claims.getClaim(LTI + "deployment_id"), DEPLOYMENT),
                claim("data echoed", claims -> claims.getClaim(DL + "data"), "5,17,f3a9c1"),
                claim("msg", claims -> claims.getClaim(DL + "msg"), "1 competency added."),
                claim("log", claims -> claims.getClaim(DL + "log"), "Linked c-manual-handling"),
                claim("no errormsg", claims -> claims.getClaim(DL + "errormsg"), null),
                claim("no errorlog", claims -> claims.getClaim(DL + "errorlog"), null),
                claim("one content item", claims -> ((List<?>) claims.getClaim(DL + "content_items")).size(), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void responseClaims(Function<JWTClaimsSet, Object> read, Object expected) {
        assertEquals(expected, read.apply(PICKED));
    }

    @Test
    void expiresFiveMinutesAfterIssue() {
        assertEquals(Duration.ofSeconds(300), Duration.between(
                PICKED.getIssueTime().toInstant(), PICKED.getExpirationTime().toInstant()));
    }

    @Test
    void drawsAFreshNonceForEachResponse() throws ParseException {
        DeepLinkingResponse response = DeepLinkingResponse.builder().build();
        String first = response.toJWTClaimsSet(CLIENT_ID, PLATFORM, DEPLOYMENT, NOW).getStringClaim("nonce");
        String second = response.toJWTClaimsSet(CLIENT_ID, PLATFORM, DEPLOYMENT, NOW).getStringClaim("nonce");
        assertEquals(first, UUID.fromString(first).toString());
        assertNotEquals(first, second);
    }

    static Stream<Arguments> contentItemsAsJson() {
        return Stream.of(
                arguments(Named.of("a plain resource link", List.of(
                        ContentItem.resourceLink("Fire safety", "https://proficio.example.com/lti/launch"))),
                        List.of(Map.of("type", "ltiResourceLink", "title", "Fire safety",
                                "url", "https://proficio.example.com/lti/launch"))),
                arguments(Named.of("a resource link with text, custom and a line item", List.of(MANUAL_HANDLING)),
                        List.of(Map.of("type", "ltiResourceLink", "title", "Manual handling",
                                "text", "Show you can lift and carry loads safely.",
                                "url", "https://proficio.example.com/lti/launch",
                                "custom", Map.of("competency_id", "c-manual-handling"),
                                "lineItem", Map.of("label", "Manual handling", "scoreMaximum", 100.0,
                                        "resourceId", "c-manual-handling", "tag", "competency")))),
                arguments(Named.of("a line item with label and maximum only", List.of(
                        ContentItem.resourceLink("Fire safety", "https://proficio.example.com/lti/launch")
                                .withLineItem(new LineItem("Fire safety", 4.5)))),
                        List.of(Map.of("type", "ltiResourceLink", "title", "Fire safety",
                                "url", "https://proficio.example.com/lti/launch",
                                "lineItem", Map.of("label", "Fire safety", "scoreMaximum", 4.5)))),
                arguments(Named.of("none: the user picked nothing", List.of()), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void contentItemsAsJson(List<ContentItem> items, List<Map<String, Object>> expected) {
        DeepLinkingResponse.Builder builder = DeepLinkingResponse.builder();
        items.forEach(builder::contentItem);
        assertEquals(expected, roundTrip(builder.build()).getClaim(DL + "content_items"));
    }

    static Stream<Arguments> echoesTheRequestsDataOnlyWhenItHadSome() {
        return Stream.of(
                arguments(Optional.of("5,17,f3a9c1"), "5,17,f3a9c1"),
                arguments(Optional.empty(), null));
    }

    @ParameterizedTest(name = "request data {0} → response data {1}")
    @MethodSource
    void echoesTheRequestsDataOnlyWhenItHadSome(Optional<String> requestData, String expected) {
        JWTClaimsSet claims = roundTrip(DeepLinkingResponse.replyingTo(settings(requestData)).build());
        assertEquals(expected, claims.getClaim(DL + "data"));
    }

    @Test
    void carriesErrorsForThePlatform() {
        JWTClaimsSet claims = roundTrip(DeepLinkingResponse.builder()
                .errorMessage("Proficio could not load the framework.")
                .errorLog("framework f-safety: 503 from upstream")
                .build());
        assertEquals("Proficio could not load the framework.", claims.getClaim(DL + "errormsg"));
        assertEquals("framework f-safety: 503 from upstream", claims.getClaim(DL + "errorlog"));
        assertEquals(null, claims.getClaim(DL + "msg"));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesALineItemWithoutAPositiveMaximum(double scoreMaximum) {
        assertThrows(IllegalArgumentException.class, () -> new LineItem("Fire safety", scoreMaximum));
    }

    private static Arguments claim(String name, Function<JWTClaimsSet, ?> read, Object expected) {
        return arguments(Named.of(name, read), expected);
    }

    private static DeepLinkingSettings settings(Optional<String> data) {
        return new DeepLinkingSettings("https://moodle.example.edu/mod/lti/contentitem_return.php?course=17&id=5",
                List.of("ltiResourceLink"), List.of("iframe"), Optional.empty(), true, Optional.of(true), false,
                Optional.empty(), Optional.empty(), data);
    }

    /** The claims as the platform will read them: serialised to JSON and parsed back. */
    private static JWTClaimsSet roundTrip(DeepLinkingResponse response) {
        try {
            return JWTClaimsSet.parse(response.toJWTClaimsSet(CLIENT_ID, PLATFORM, DEPLOYMENT, NOW).toString());
        } catch (ParseException e) {
            throw new AssertionError("The response's claims are not JSON", e);
        }
    }

    @Test
    void aLinkItemIsAPlainLinkWithoutCustomParametersOrLineItem() {
        ContentItem link = ContentItem.link("Risk basics", "https://lms.example.com/risk").withText("Evidences UW.RISK.1");

        assertEquals(Map.of("type", "link", "title", "Risk basics", "text", "Evidences UW.RISK.1",
                "url", "https://lms.example.com/risk"), link.toJSONObject());
        assertThrows(IllegalArgumentException.class, () -> link.withLineItem(new LineItem("Risk", 5)));
        assertThrows(IllegalArgumentException.class, () -> link.withCustom(Map.of("a", "b")));
    }
}
