package io.proficio.system.lti;

import static io.proficio.system.lti.HttpExchanges.encode;
import static io.proficio.system.lti.HttpExchanges.object;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a {@link LaunchSpec} into the claims of an LTI 1.3 id_token: LTI Core 1.3 §5.3 (message
 * claims), §5.4 (optional claims), Deep Linking 2.0 §4.4.1 (settings), AGS 2.0 §3.1 and NRPS 2.0 §3.6.1
 * (service claims). Stateless; the platform signs what it answers.
 */
final class IdTokens {

    /** What the authentication request, the login and the client decide. */
    record Request(String issuer, String clientId, String deploymentId, String nonce, String targetLinkUri) {
    }

    private IdTokens() {
    }

    static JWTClaimsSet claims(LaunchSpec spec, Request request) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(replaced(spec.issuerOverride(), request.issuer()))
                .audience(audience(spec, request))
                .subject(spec.sub())
                .issueTime(Date.from(now.plus(spec.iatOffset())))
                .expirationTime(Date.from(now.plus(spec.expOffset())))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", spec.azp())
                .claim("nonce", switch (spec.nonceMode()) {
                    case ECHO -> request.nonce();
                    case OMIT -> null;
                    case FIXED -> spec.fixedNonce();
                })
                .claim("name", spec.name())
                .claim("given_name", spec.givenName())
                .claim("family_name", spec.familyName())
                .claim("email", spec.email())
                .claim("locale", "en")
                .claim(LtiClaims.MESSAGE_TYPE, replaced(spec.messageTypeClaimOverride(), spec.messageType().claim()))
                .claim(LtiClaims.VERSION, replaced(spec.versionOverride(), LtiClaims.LTI_VERSION))
                .claim(LtiClaims.DEPLOYMENT_ID, replaced(spec.deploymentIdOverride(), request.deploymentId()))
                .claim(LtiClaims.TARGET_LINK_URI, replaced(spec.targetLinkUriOverride(), request.targetLinkUri()))
                .claim(LtiClaims.ROLES, spec.roles());
        if (spec.includesResourceLink() && spec.messageType() == LaunchSpec.MessageType.RESOURCE_LINK) {
            claims.claim(LtiClaims.RESOURCE_LINK, object("id", spec.resourceLinkId(),
                    "title", "Activity " + spec.resourceLinkId(), "description", "A Proficio activity"));
        }
        LaunchSpec.Context context = spec.context();
        if (context != null) {
            claims.claim(LtiClaims.CONTEXT, object("id", context.id(), "label", context.label(),
                    "title", context.title(), "type", List.of(LtiClaims.COURSE_OFFERING)));
        }
        if (!spec.custom().isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, spec.custom());
        }
        if (spec.lisPersonSourcedid() != null) {
            claims.claim(LtiClaims.LIS, object("person_sourcedid", spec.lisPersonSourcedid(),
                    "course_offering_sourcedid", context == null ? null : context.id()));
        }
        if (spec.includesToolPlatform()) {
            claims.claim(LtiClaims.TOOL_PLATFORM, object("guid", request.issuer(), "name", "Proficio test platform",
                    "product_family_code", "moodle", "version", TestPlatform.PRODUCT_VERSION));
        }
        if (spec.includesLaunchPresentation()) {
            claims.claim(LtiClaims.LAUNCH_PRESENTATION, object("document_target", "iframe", "locale", "en",
                    "return_url", request.issuer() + "/course/" + encode(context == null ? "site" : context.id())
                            + "/return"));
        }
        if (spec.includesAgs() && context != null) {
            String lineItems = request.issuer() + "/ags/" + encode(context.id()) + "/lineitems";
            claims.claim(LtiClaims.AGS_ENDPOINT, object(
                    "scope", List.of(LtiScopes.LINEITEM, LtiScopes.RESULT_READONLY, LtiScopes.SCORE),
                    "lineitems", lineItems, "lineitem", spec.agsLineItem()));
        }
        if (spec.includesNrps() && context != null) {
            claims.claim(LtiClaims.NRPS_SERVICE, object("context_memberships_url",
                    request.issuer() + "/nrps/" + encode(context.id()) + "/memberships",
                    "service_versions", List.of("2.0")));
        }
        if (spec.messageType() == LaunchSpec.MessageType.DEEP_LINKING) {
            claims.claim(LtiClaims.DL_SETTINGS, deepLinkingSettings(spec, request));
        }
        spec.claims().accept(claims);
        return claims.build();
    }

    private static Map<String, Object> deepLinkingSettings(LaunchSpec spec, Request request) {
        return object(
                "deep_link_return_url", request.issuer() + "/deep-link-return",
                "accept_types", List.of("ltiResourceLink"),
                "accept_presentation_document_targets", List.of("iframe", "window"),
                "accept_multiple", true,
                "accept_lineitem", true,
                "auto_create", true,
                "title", "Proficio activity",
                "data", spec.deepLinkData() != null ? spec.deepLinkData() : "dl-data-" + UUID.randomUUID());
    }

    private static List<String> audience(LaunchSpec spec, Request request) {
        if (spec.audience() == null) {
            return List.of(request.clientId());
        }
        return spec.audience().isEmpty() ? null : spec.audience();
    }

    private static String replaced(LaunchSpec.Replacement<String> replacement, String otherwise) {
        return replacement == null ? otherwise : replacement.value();
    }
}
