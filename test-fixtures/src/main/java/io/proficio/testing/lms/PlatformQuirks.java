package io.proficio.testing.lms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the platform strays from the letter of LTI 1.3 and LTI Advantage the way a real LMS does, so a
 * tool's tests can run against a Moodle-flavoured and a Canvas-flavoured platform as well as the plain
 * one. Immutable; {@link #standard()} is exactly what {@link TestPlatform#start()} has always served,
 * {@link #moodle()} a stock Moodle 5.0 and {@link #canvas()} Instructure's Canvas cloud. The tests choose one
 * of the three.
 *
 * @param name what the quirks are called in test names and messages: {@code standard}, {@code moodle}, {@code canvas}
 * @param issuer the issuer identifier (LTI Core 1.3 §5.3.2 {@code iss}, Security Framework §5.1.2) when it is not
 *     the platform's own URL. Canvas cloud: {@code https://canvas.instructure.com} for every instance
 *     (Canvas "LTI 1.3 / Advantage" docs: "iss: https://canvas.instructure.com"), while its endpoints live on the
 *     instance's host. Moodle and standard: empty, the issuer is the site URL.
 * @param toolPlatform what the tool_platform claim (LTI Core 1.3 §5.4.4) and the openid-configuration's
 *     {@code lti-platform-configuration} (Dynamic Registration 1.0 §3.3) say the platform is
 * @param loginParameters extra parameters of every third-party login initiation (LTI Core 1.3 §5.1.1.1 allows
 *     more). Canvas sends {@code canvas_region} and {@code canvas_environment} ("Canvas LTI 1.3 launch
 *     overview": the OIDC login request); the others none. Canvas's {@code client_id} and
 *     {@code lti_deployment_id} are already in {@link LoginOptions#defaults()}.
 * @param instructureClaims whether id_tokens carry Canvas's extension claims: {@link LtiClaims#CANVAS_PLACEMENT}
 *     ({@code course_navigation}, {@code assignment_selection} for deep linking), {@link
 *     LtiClaims#LTI11_LEGACY_USER_ID} and {@link LtiClaims#LTI1P1} {@code {"user_id": …}} (Canvas docs, "LTI
 *     launch overview", id_token claims; the 1.1 id is a 40-hex opaque id derived from sub here)
 * @param tokenAnswers how {@code /token} answers: its Content-Type, success and error, and the status of every
 *     error. Moodle: {@code text/html; charset=utf-8}, because {@code lib/setup.php} sets text/html for every
 *     script that is not AJAX and {@code mod/lti/token.php} never sets another, and 400 for every error, {@code
 *     invalid_client} included ({@code token.php} sends {@code HTTP/1.1 400 Bad Request} before any error body).
 *     Standard and Canvas: {@code application/json} (RFC 6749 §5.1) with the status of RFC 6749 §5.2 (401 for
 *     {@code invalid_client}).
 * @param deepLinkingSettings the fixed part of deep_linking_settings (Deep Linking 2.0 §4.4.1)
 * @param deepLinkLineItems when a returned {@code ltiResourceLink}'s {@code lineItem} becomes a line item
 * @param nrpsPaging how NRPS pages the membership container (NRPS 2.0 §2.4.2)
 * @param lineItemsPaging how AGS pages the line items and results containers (AGS 2.0 §3.2.5)
 * @param lineItemUrls the shape of line item URLs (AGS 2.0 §3.2: the platform chooses them; tools must treat them
 *     as opaque and keep their query)
 * @param scoreRefusal how a score for a user who may not be graded in the context is answered (AGS 2.0 §3.4)
 */
public record PlatformQuirks(String name, Optional<String> issuer, ToolPlatform toolPlatform,
        Map<String, String> loginParameters, boolean instructureClaims, TokenAnswers tokenAnswers,
        DeepLinkingSettings deepLinkingSettings, DeepLinkLineItems deepLinkLineItems, Paging nrpsPaging,
        Paging lineItemsPaging, LineItemUrls lineItemUrls, ScoreRefusal scoreRefusal) {

    /**
     * How the token endpoint answers.
     *
     * @param contentType the Content-Type of every answer
     * @param errorStatus the status of every error answer; empty for each error's own (RFC 6749 §5.2)
     */
    public record TokenAnswers(String contentType, Optional<Integer> errorStatus) {
        public TokenAnswers {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(errorStatus, "errorStatus");
        }
    }

    /** The issuer of every Canvas cloud instance (Canvas docs, "LTI 1.3 / Advantage": Canvas's iss). */
    public static final String CANVAS_CLOUD_ISSUER = "https://canvas.instructure.com";

    /** How a service pages a collection. */
    public enum Paging {
        /**
         * {@code limit} and the platform's own {@code offset}; a page of 100 when the tool names no limit; {@code
         * Link: <…>; rel="next"} with every other query parameter kept, while more remain (NRPS 2.0 §2.4.2, AGS
         * 2.0 §3.2.5).
         */
        STANDARD,
        /**
         * Moodle ({@code mod/lti/service/memberships/classes/local/resources/contextmemberships.php} and {@code
         * …/local/service/memberships.php}): {@code limit} and {@code from}; no limit means every member in one
         * page; the next link is exactly {@code <endpoint>?limit=N&from=M}, so a {@code role} filter is lost on
         * page two as in Moodle. A test's page size stands in for a limit the tool did not send, so paging is
         * exercised.
         */
        MOODLE,
        /**
         * Canvas ({@code Api.paginate}, Canvas REST docs "Pagination"): {@code page} (from 1) and {@code per_page}
         * ({@code limit} is honoured as the page size too, as Canvas's NRPS does), 10 per page by default; every
         * page answers one {@code Link} header value listing {@code rel="current"}, {@code rel="next"} while more
         * remain, {@code rel="prev"} after the first, {@code rel="first"} and {@code rel="last"}, comma-separated,
         * absolute URLs.
         */
        CANVAS
    }

    /** The shape of a line item's URL. */
    public enum LineItemUrls {
        /** {@code {base}/ags/{ctx}/lineitems/{n}}, its scores and results below it. */
        STANDARD,
        /**
         * Moodle ({@code mod/lti/service/gradebookservices/classes/local/resources/lineitems.php}: {@code
         * "/{id}/lineitem?type_id={typeid}"}): {@code {base}/ags/{ctx}/lineitems/{n}/lineitem?type_id=1}, scores
         * at {@code …/lineitem/scores?type_id=1}, results at {@code …/lineitem/results?type_id=1}; the {@code
         * lineitems} claim is {@code …/lineitems?type_id=1} (the container ignores the parameter). Scores and
         * results without {@code type_id} are answered 403, as {@code scores.php} and {@code results.php} then
         * take the LTI 2 tool proxy path and refuse.
         */
        MOODLE
    }

    /** How a score for a user the platform will not grade is answered. */
    public enum ScoreRefusal {
        /** Every valid score is accepted, whoever its user. */
        NONE,
        /**
         * Moodle ({@code mod/lti/service/gradebookservices/classes/local/resources/scores.php}): when {@code
         * is_user_gradable_in_course} fails it throws 'Incorrect score received' with code 400 and the reason goes
         * into the status line; the body stays {@code []} and, as {@code mod/lti/services.php} set the answer's
         * type to the request's, the Content-Type is the score media type. (The JDK's server cannot send a custom
         * reason phrase: the status line says Bad Request.)
         */
        MOODLE,
        /**
         * Canvas ({@code Lti::IMS::ScoresController}): 422 with {@code application/json} {@code
         * {"errors":{"type":"unprocessable_entity","message":"User not found in course or is not a student"}}}.
         */
        CANVAS
    }

    /** When a Deep Linking response's {@code lineItem} makes the platform create a line item. */
    public enum DeepLinkLineItems {
        /** Only when the request's deep_linking_settings said {@code accept_lineitem: true} (Deep Linking §4.4.1). */
        IF_ACCEPT_LINEITEM,
        /**
         * Always. Moodle never sends {@code accept_lineitem}, yet {@code mod/lti/locallib.php} {@code
         * lti_tool_configuration_from_content_item} makes a grade item of a returned lineItem.
         */
        ALWAYS
    }

    /**
     * What the platform says it is.
     *
     * @param productFamilyCode {@code moodle}, {@code canvas}
     * @param version the product version
     * @param name the platform's name in tool_platform
     */
    public record ToolPlatform(String productFamilyCode, String version, String name) {

        public ToolPlatform {
            Objects.requireNonNull(productFamilyCode, "productFamilyCode");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The deep_linking_settings claim (Deep Linking 2.0 §4.4.1) but for {@code deep_link_return_url} and {@code data},
     * which are the platform's and the launch's. Empty optionals leave the field out.
     */
    public record DeepLinkingSettings(List<String> acceptTypes, List<String> acceptPresentationDocumentTargets,
            Optional<String> acceptMediaTypes, boolean acceptMultiple, Optional<Boolean> acceptLineItem,
            boolean autoCreate, Optional<Boolean> acceptCopyAdvice, Optional<Boolean> acceptUnsigned,
            Optional<Boolean> canConfirm, Optional<String> title, Optional<String> text) {

        public DeepLinkingSettings {
            acceptTypes = List.copyOf(acceptTypes);
            acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
            Objects.requireNonNull(acceptMediaTypes, "acceptMediaTypes");
            Objects.requireNonNull(acceptLineItem, "acceptLineItem");
            Objects.requireNonNull(acceptCopyAdvice, "acceptCopyAdvice");
            Objects.requireNonNull(acceptUnsigned, "acceptUnsigned");
            Objects.requireNonNull(canConfirm, "canConfirm");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }

        /** The claim's value, in the order the spec lists the fields. */
        Map<String, Object> toJSONObject(String deepLinkReturnUrl, String data) {
            return HttpExchanges.object(
                    "deep_link_return_url", deepLinkReturnUrl,
                    "accept_types", acceptTypes,
                    "accept_presentation_document_targets", acceptPresentationDocumentTargets,
                    "accept_media_types", acceptMediaTypes.orElse(null),
                    "accept_multiple", acceptMultiple,
                    "accept_lineitem", acceptLineItem.orElse(null),
                    "auto_create", autoCreate,
                    "accept_copy_advice", acceptCopyAdvice.orElse(null),
                    "accept_unsigned", acceptUnsigned.orElse(null),
                    "can_confirm", canConfirm.orElse(null),
                    "title", title.orElse(null),
                    "text", text.orElse(null),
                    "data", data);
        }
    }

    public PlatformQuirks {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(toolPlatform, "toolPlatform");
        loginParameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loginParameters));
        Objects.requireNonNull(tokenAnswers, "tokenAnswers");
        Objects.requireNonNull(deepLinkingSettings, "deepLinkingSettings");
        Objects.requireNonNull(deepLinkLineItems, "deepLinkLineItems");
        Objects.requireNonNull(nrpsPaging, "nrpsPaging");
        Objects.requireNonNull(lineItemsPaging, "lineItemsPaging");
        Objects.requireNonNull(lineItemUrls, "lineItemUrls");
        Objects.requireNonNull(scoreRefusal, "scoreRefusal");
    }

    /** The platform as it always was: by the letter of the specs, Moodle 4.5 by name. */
    public static PlatformQuirks standard() {
        return new PlatformQuirks("standard", Optional.empty(),
                new ToolPlatform("moodle", "4.5", "Proficio test platform"), Map.of(), false,
                new TokenAnswers("application/json", Optional.empty()),
                new DeepLinkingSettings(List.of("ltiResourceLink"), List.of("iframe", "window"), Optional.empty(),
                        true, Optional.of(true), true, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("Proficio activity"), Optional.empty()),
                DeepLinkLineItems.IF_ACCEPT_LINEITEM, Paging.STANDARD, Paging.STANDARD, LineItemUrls.STANDARD,
                ScoreRefusal.NONE);
    }

    /**
     * Stock Moodle 5.0: text/html token answers, Moodle's deep_linking_settings (no {@code accept_lineitem}: {@code
     * mod/lti/locallib.php} {@code lti_get_jwt_claim_mapping} has no such parameter to map), line items from every
     * returned lineItem, NRPS paged by {@code limit}/{@code from}, {@code ?type_id=1} line item URLs, 400 {@code []}
     * for scores of users who are not gradable.
     */
    public static PlatformQuirks moodle() {
        return new PlatformQuirks("moodle", Optional.empty(),
                new ToolPlatform("moodle", "5.0.2", "Proficio test platform"), Map.of(), false,
                new TokenAnswers("text/html; charset=utf-8", Optional.of(400)),
                new DeepLinkingSettings(List.of("ltiResourceLink"), List.of("frame", "iframe", "window"),
                        Optional.empty(), true, Optional.empty(), false, Optional.of(false), Optional.of(false),
                        Optional.of(false), Optional.of("Proficio activity"), Optional.of("A Proficio activity")),
                DeepLinkLineItems.ALWAYS, Paging.MOODLE, Paging.STANDARD, LineItemUrls.MOODLE, ScoreRefusal.MOODLE);
    }

    /**
     * Instructure's Canvas cloud: the shared issuer, {@code canvas_region}/{@code canvas_environment} at login,
     * Canvas's extension claims, {@code page}/{@code per_page} paging with full Link headers, 422 for scores of
     * users who are no students. Deep linking as the assignment_selection placement ({@code
     * lib/lti/messages/deep_linking_request.rb}), but with {@code accept_multiple} and {@code accept_lineitem}
     * true so one response can hold several graded links.
     */
    public static PlatformQuirks canvas() {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("canvas_region", "us-east-1");
        login.put("canvas_environment", "prod");
        return new PlatformQuirks("canvas", Optional.of(CANVAS_CLOUD_ISSUER),
                new ToolPlatform("canvas", "cloud", "Canvas test"), login, true,
                new TokenAnswers("application/json", Optional.empty()),
                new DeepLinkingSettings(List.of("ltiResourceLink"), List.of("iframe", "window"),
                        Optional.of("application/vnd.ims.lti.v1.ltilink"), true, Optional.of(true), false,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                DeepLinkLineItems.IF_ACCEPT_LINEITEM, Paging.CANVAS, Paging.CANVAS, LineItemUrls.STANDARD,
                ScoreRefusal.CANVAS);
    }

    /** The {@code accept_lineitem} the platform sends in deep_linking_settings; empty when it sends none (Moodle). */
    public Optional<Boolean> sendsAcceptLineItem() {
        return deepLinkingSettings.acceptLineItem();
    }

    @Override
    public String toString() {
        return name;
    }
}
