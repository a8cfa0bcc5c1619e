package io.proficio.lti.launch;

import static io.proficio.lti.launch.LaunchError.DEEP_LINKING_SETTINGS_MISSING;
import static io.proficio.lti.launch.LaunchError.MESSAGE_TYPE_UNSUPPORTED;
import static io.proficio.lti.launch.LaunchError.RESOURCE_LINK_MISSING;
import static io.proficio.lti.launch.LaunchError.ROLES_MISSING;
import static io.proficio.lti.launch.LaunchError.VERSION_UNSUPPORTED;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The claims of a verified LTI 1.3 id_token, read once into a readable model so that no other code
 * sees a claim URI (LTI Core 1.3 §5.3–5.4, Deep Linking 2.0 §4.4, AGS 2.0 §3.1, NRPS 2.0 §3.6.1).
 *
 * <p>Claims this tool does not know are ignored. A claim of the wrong JSON type counts as missing
 * when the message requires it and as absent otherwise, and so does an empty or blank string: that is
 * how Moodle and Canvas send values they do not have. A sub-claim the spec marks REQUIRED (such as
 * {@code context.id}) is a plain value here; without it the whole optional claim is absent.
 *
 * @param messageType    the message type (§5.3.1)
 * @param version        always {@code 1.3.0} (§5.3.2)
 * @param deploymentId   the deployment the launch came through (§5.3.3)
 * @param targetLinkUri  where the platform meant the launch to go (§5.3.4)
 * @param issuer         the platform's issuer
 * @param subject        the user's id; empty for an anonymous launch (§5.3.6)
 * @param user           the user's OpenID Connect standard claims (§5.3.6)
 * @param lis            the LIS sourcedids (§5.4.5)
 * @param roles          the role URIs as sent, possibly empty (§5.3.7); see {@link AppRole#fromLti}
 * @param roleScopeMentor the ids of the users a mentor has oversight of (§5.4.3)
 * @param context        the course or group (§5.4.1)
 * @param resourceLink   the placement launched; always present for a resource link launch (§5.3.5)
 * @param toolPlatform   the platform instance (§5.4.2)
 * @param launchPresentation how the platform shows the tool (§5.4.4)
 * @param custom         the custom properties, every value as a string (§5.4.6)
 * @param ags            the Assignment and Grade Services endpoint (AGS 2.0 §3.1)
 * @param nrps           the Names and Role Provisioning Service (NRPS 2.0 §3.6.1)
 * @param deepLinkingSettings always present for a deep linking request (Deep Linking 2.0 §4.4.1)
 */
public record LtiMessage(
        MessageType messageType,
        String version,
        String deploymentId,
        Optional<String> targetLinkUri,
        String issuer,
        Optional<String> subject,
        User user,
        Lis lis,
        List<String> roles,
        List<String> roleScopeMentor,
        Optional<Context> context,
        Optional<ResourceLink> resourceLink,
        Optional<ToolPlatform> toolPlatform,
        Optional<LaunchPresentation> launchPresentation,
        Map<String, String> custom,
        Optional<Ags> ags,
        Optional<Nrps> nrps,
        Optional<DeepLinkingSettings> deepLinkingSettings) {

    /** The one version of LTI this tool speaks (LTI Core §5.3.2). */
    public static final String LTI_VERSION = "1.3.0";

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String MESSAGE_TYPE = LTI + "message_type";
    private static final String VERSION = LTI + "version";
    /** Package-visible for {@code LaunchValidator}, which checks the deployment before the message is parsed. */
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    private static final String TARGET_LINK_URI = LTI + "target_link_uri";
    private static final String RESOURCE_LINK = LTI + "resource_link";
    private static final String ROLES = LTI + "roles";
    private static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
    private static final String CONTEXT = LTI + "context";
    private static final String TOOL_PLATFORM = LTI + "tool_platform";
    private static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
    private static final String LIS = LTI + "lis";
    private static final String CUSTOM = LTI + "custom";
    private static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String NRPS_SERVICE = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String DEEP_LINKING_SETTINGS =
            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    /** The launch messages this tool handles, by their {@code message_type} value. */
    public enum MessageType {
        /** LTI Core §5. */
        RESOURCE_LINK("LtiResourceLinkRequest"),
        /** Deep Linking 2.0 §4.4. */
        DEEP_LINKING("LtiDeepLinkingRequest");

        private final String claimValue;

        MessageType(String claimValue) {
            this.claimValue = claimValue;
        }

        /** The value of the {@code message_type} claim, e.g. {@code LtiResourceLinkRequest}. */
        public String claimValue() {
            return claimValue;
        }

        static Optional<MessageType> fromClaim(String value) {
            return Arrays.stream(values()).filter(type -> type.claimValue.equals(value)).findFirst();
        }
    }

    /** OpenID Connect standard claims about the user (LTI Core §5.3.6); all absent when anonymous. */
    public record User(Optional<String> name, Optional<String> givenName, Optional<String> familyName,
            Optional<String> email, Optional<String> picture, Optional<String> locale) {
    }

    /** The Learning Information Services claim (LTI Core §5.4.5). */
    public record Lis(Optional<String> personSourcedid, Optional<String> courseSectionSourcedid) {
    }

    /** The context claim (LTI Core §5.4.1); {@code types} are context type URIs. */
    public record Context(String id, Optional<String> label, Optional<String> title, List<String> types) {
        public Context {
            Objects.requireNonNull(id, "id");
            types = List.copyOf(types);
        }
    }

    /** The resource link claim (LTI Core §5.3.5); {@code id} is never blank. */
    public record ResourceLink(String id, Optional<String> title, Optional<String> description) {
        public ResourceLink {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The platform instance claim (LTI Core §5.4.2). */
    public record ToolPlatform(String guid, Optional<String> name, Optional<String> productFamilyCode,
            Optional<String> version) {
        public ToolPlatform {
            Objects.requireNonNull(guid, "guid");
        }
    }

    /** The launch presentation claim (LTI Core §5.4.4); width and height in pixels. */
    public record LaunchPresentation(Optional<String> documentTarget, Optional<String> returnUrl,
            Optional<String> locale, OptionalInt width, OptionalInt height) {
    }

    /** The AGS endpoint claim (AGS 2.0 §3.1): the scopes granted and the line item URLs. */
    public record Ags(List<String> scopes, Optional<String> lineItemsUrl, Optional<String> lineItemUrl) {
        public Ags {
            scopes = List.copyOf(scopes);
        }
    }

    /** The names and role service claim (NRPS 2.0 §3.6.1). */
    public record Nrps(String contextMembershipsUrl, List<String> serviceVersions) {
        public Nrps {
            Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
            serviceVersions = List.copyOf(serviceVersions);
        }
    }

    /**
     * The deep linking settings claim (Deep Linking 2.0 §4.4.1). An absent {@code accept_multiple} or
     * {@code auto_create} reads as {@code false}, the platform not having said it allows more; an absent
     * {@code accept_lineitem} stays empty because the spec says no assumption may be made about it.
     * {@code data} must be echoed in the response unchanged.
     */
    public record DeepLinkingSettings(String deepLinkReturnUrl, List<String> acceptTypes,
            List<String> acceptPresentationDocumentTargets, Optional<String> acceptMediaTypes,
            boolean acceptMultiple, Optional<Boolean> acceptLineItem, boolean autoCreate,
            Optional<String> title, Optional<String> text, Optional<String> data) {
        public DeepLinkingSettings {
            Objects.requireNonNull(deepLinkReturnUrl, "deepLinkReturnUrl");
            acceptTypes = List.copyOf(acceptTypes);
            acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
        }
    }

    public LtiMessage {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(lis, "lis");
        roles = List.copyOf(roles);
        roleScopeMentor = List.copyOf(roleScopeMentor);
        custom = Map.copyOf(custom);
    }

    /**
     * Reads a verified id_token's claims and checks the claims its message type requires, in this order:
     * message type, version, resource link (resource link launches), roles, deep linking settings (deep
     * linking requests).
     *
     * @param claims the id_token's claims, not {@code null}, whose signature, {@code iss}, {@code aud},
     *               {@code exp}, {@code nonce} and {@code deployment_id} have already been validated
     * @return the launch message, never {@code null}
     * @throws LaunchRejected           with {@link LaunchError#MESSAGE_TYPE_UNSUPPORTED},
     *                                  {@link LaunchError#VERSION_UNSUPPORTED},
     *                                  {@link LaunchError#RESOURCE_LINK_MISSING},
     *                                  {@link LaunchError#ROLES_MISSING} or
     *                                  {@link LaunchError#DEEP_LINKING_SETTINGS_MISSING}
     * @throws IllegalArgumentException if {@code iss} or {@code deployment_id} is missing, which the
     *                                  validation before this rules out: a fault of ours, not the platform's
     */
    public static LtiMessage parse(JWTClaimsSet claims) {
        Map<String, Object> json = claims.getClaims();
        String issuer = string(json, "iss")
                .orElseThrow(() -> new IllegalArgumentException("Parsing an id_token without iss"));
        String deploymentId = string(json, DEPLOYMENT_ID)
                .orElseThrow(() -> new IllegalArgumentException("Parsing an id_token without deployment_id"));

        MessageType messageType = string(json, MESSAGE_TYPE).flatMap(MessageType::fromClaim)
                .orElseThrow(() -> new LaunchRejected(MESSAGE_TYPE_UNSUPPORTED, seen(json.get(MESSAGE_TYPE))));
        String version = string(json, VERSION).filter(LTI_VERSION::equals)
                .orElseThrow(() -> new LaunchRejected(VERSION_UNSUPPORTED, seen(json.get(VERSION))));
        Optional<ResourceLink> resourceLink = object(json, RESOURCE_LINK).flatMap(LtiMessage::resourceLink);
        if (messageType == MessageType.RESOURCE_LINK && resourceLink.isEmpty()) {
            throw new LaunchRejected(RESOURCE_LINK_MISSING);
        }
        if (!(json.get(ROLES) instanceof List<?>)) {
            throw new LaunchRejected(ROLES_MISSING);
        }
        Optional<DeepLinkingSettings> deepLinkingSettings =
                object(json, DEEP_LINKING_SETTINGS).flatMap(LtiMessage::deepLinkingSettings);
        if (messageType == MessageType.DEEP_LINKING && deepLinkingSettings.isEmpty()) {
            throw new LaunchRejected(DEEP_LINKING_SETTINGS_MISSING);
        }

        return new LtiMessage(messageType, version, deploymentId, string(json, TARGET_LINK_URI), issuer,
                string(json, "sub"),
                new User(string(json, "name"), string(json, "given_name"), string(json, "family_name"),
                        string(json, "email"), string(json, "picture"), string(json, "locale")),
                lis(object(json, LIS).orElse(Map.of())),
                strings(json, ROLES), strings(json, ROLE_SCOPE_MENTOR),
                object(json, CONTEXT).flatMap(LtiMessage::context),
                resourceLink,
                object(json, TOOL_PLATFORM).flatMap(LtiMessage::toolPlatform),
                object(json, LAUNCH_PRESENTATION).map(LtiMessage::launchPresentation),
                object(json, CUSTOM).map(LtiMessage::custom).orElse(Map.of()),
                object(json, AGS_ENDPOINT).map(LtiMessage::ags),
                object(json, NRPS_SERVICE).flatMap(LtiMessage::nrps),
                deepLinkingSettings);
    }

    private static Optional<ResourceLink> resourceLink(Map<?, ?> json) {
        return string(json, "id").map(id -> new ResourceLink(id, string(json, "title"), string(json, "description")));
    }

    private static Lis lis(Map<?, ?> json) {
        return new Lis(string(json, "person_sourcedid"), string(json, "course_section_sourcedid"));
    }

    private static Optional<Context> context(Map<?, ?> json) {
        return string(json, "id").map(id ->
                new Context(id, string(json, "label"), string(json, "title"), strings(json, "type")));
    }

    private static Optional<ToolPlatform> toolPlatform(Map<?, ?> json) {
        return string(json, "guid").map(guid -> new ToolPlatform(guid, string(json, "name"),
                string(json, "product_family_code"), string(json, "version")));
    }

    private static LaunchPresentation launchPresentation(Map<?, ?> json) {
        return new LaunchPresentation(string(json, "document_target"), string(json, "return_url"),
                string(json, "locale"), integer(json, "width"), integer(json, "height"));
    }

    /** Moodle sends strings; Canvas also numbers and booleans. Nested objects and arrays are dropped. */
    private static Map<String, String> custom(Map<?, ?> json) {
        Map<String, String> custom = new HashMap<>();
        json.forEach((key, value) -> {
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                custom.put(key.toString(), value.toString());
            }
        });
        return custom;
    }

    private static Ags ags(Map<?, ?> json) {
        return new Ags(strings(json, "scope"), string(json, "lineitems"), string(json, "lineitem"));
    }

    private static Optional<Nrps> nrps(Map<?, ?> json) {
        return string(json, "context_memberships_url")
                .map(url -> new Nrps(url, strings(json, "service_versions")));
    }

    private static Optional<DeepLinkingSettings> deepLinkingSettings(Map<?, ?> json) {
        return string(json, "deep_link_return_url").map(returnUrl -> new DeepLinkingSettings(returnUrl,
                strings(json, "accept_types"), strings(json, "accept_presentation_document_targets"),
                string(json, "accept_media_types"),
                bool(json, "accept_multiple").orElse(false), bool(json, "accept_lineitem"),
                bool(json, "auto_create").orElse(false),
                string(json, "title"), string(json, "text"), string(json, "data")));
    }

    private static Optional<String> string(Map<?, ?> json, String name) {
        return json.get(name) instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }

    private static Optional<Map<?, ?>> object(Map<?, ?> json, String name) {
        return json.get(name) instanceof Map<?, ?> value ? Optional.of(value) : Optional.empty();
    }

    /** An array's string elements; anything else in it, or a value that is no array, is dropped. */
    private static List<String> strings(Map<?, ?> json, String name) {
        return json.get(name) instanceof List<?> values
                ? values.stream().filter(String.class::isInstance).map(String.class::cast).toList()
                : List.of();
    }

    private static Optional<Boolean> bool(Map<?, ?> json, String name) {
        return json.get(name) instanceof Boolean value ? Optional.of(value) : Optional.empty();
    }

    private static OptionalInt integer(Map<?, ?> json, String name) {
        return json.get(name) instanceof Number value ? OptionalInt.of(value.intValue()) : OptionalInt.empty();
    }

    /** What was sent instead, for the refusal's detail; only a short string is worth quoting. */
    private static String seen(Object value) {
        return value instanceof String text && text.length() <= 64 ? "Got \"" + text + "\"." : null;
    }
}
