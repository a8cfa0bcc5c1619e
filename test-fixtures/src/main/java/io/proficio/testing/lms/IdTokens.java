package io.proficio.testing.lms;

import static io.proficio.testing.lms.HttpExchanges.object;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Turns a {@link LaunchSpec} into the claims of an LTI 1.3 id_token: LTI Core 1.3 §5.3 (message
 * claims), §5.4 (optional claims), Deep Linking 2.0 §4.4.1 (settings), AGS 2.0 §3.1 and NRPS 2.0 §3.6.1
 * (service claims), and the extension claims the quirks add (Canvas's). The {@code iss} and the tool_platform
 * guid are the issuer, every URL is below the base URL ({@link PlatformUrls}). Immutable; the platform signs
 * what it answers.
 */
final class IdTokens {

    /** What the authentication request, the login and the client decide. */
    record Request(String clientId, String deploymentId, String nonce, String targetLinkUri) {
    }

    private final PlatformUrls urls;
    private final PlatformQuirks quirks;

    IdTokens(PlatformUrls urls, PlatformQuirks quirks) {
        this.urls = urls;
        this.quirks = quirks;
    }

    JWTClaimsSet claims(LaunchSpec spec, Request request) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(replaced(spec.issuerOverride(), urls.issuer()))
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
            PlatformQuirks.ToolPlatform platform = quirks.toolPlatform();
            claims.claim(LtiClaims.TOOL_PLATFORM, object("guid", urls.issuer(), "name", platform.name(),
                    "product_family_code", platform.productFamilyCode(), "version", platform.version()));
        }
        if (spec.includesLaunchPresentation()) {
            claims.claim(LtiClaims.LAUNCH_PRESENTATION, object("document_target", "iframe", "locale", "en",
                    "return_url", urls.courseReturn(context == null ? null : context.id())));
        }
        if (spec.includesAgs() && context != null) {
            claims.claim(LtiClaims.AGS_ENDPOINT, object(
                    "scope", List.of(LtiScopes.LINEITEM, LtiScopes.RESULT_READONLY, LtiScopes.SCORE),
                    "lineitems", urls.lineItemsClaim(context.id()), "lineitem", spec.agsLineItem()));
        }
        if (spec.includesNrps() && context != null) {
            claims.claim(LtiClaims.NRPS_SERVICE, object("context_memberships_url", urls.memberships(context.id()),
                    "service_versions", List.of("2.0")));
        }
        if (spec.messageType() == LaunchSpec.MessageType.DEEP_LINKING) {
            claims.claim(LtiClaims.DL_SETTINGS, quirks.deepLinkingSettings().toJSONObject(urls.deepLinkReturn(),
                    spec.deepLinkData() != null ? spec.deepLinkData() : "dl-data-" + UUID.randomUUID()));
        }
        if (quirks.instructureClaims()) {
            instructureClaims(claims, spec);
        }
        spec.claims().accept(claims);
        return claims.build();
    }

    /** Canvas's extension claims: the placement, and the user's LTI 1.1 id for tools migrating from 1.1. */
    private static void instructureClaims(JWTClaimsSet.Builder claims, LaunchSpec spec) {
        claims.claim(LtiClaims.CANVAS_PLACEMENT, spec.messageType() == LaunchSpec.MessageType.DEEP_LINKING
                ? "assignment_selection" : "course_navigation");
        if (spec.sub() != null) {
            String legacyId = legacyUserId(spec.sub());
            claims.claim(LtiClaims.LTI11_LEGACY_USER_ID, legacyId);
            claims.claim(LtiClaims.LTI1P1, object("user_id", legacyId));
        }
    }

    /** A stable 40-hex id per user, the shape of Canvas's opaque LTI 1.1 user ids. */
    private static String legacyUserId(String sub) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(sub.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
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
