package io.proficio.testing.lms;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the platform puts in the next id_token, and how it breaks it for a negative test. Immutable;
 * {@link #learner()} is a valid resource link launch of a new learner in a new course (LTI Core 1.3
 * §5.3 required claims, §5.4 optional ones), {@link #deepLinking()} a valid Deep Linking 2.0 §4.4
 * request. Change a copy with {@link #with(Consumer)}.
 *
 * <p>Claims whose value is null are left out of the token. The AGS (AGS 2.0 §3.1) and NRPS (NRPS 2.0
 * §3.6.1) claims are off by default and need a context, since their URLs are the context's.
 */
public final class LaunchSpec {

    /** The kind of message (LTI Core 1.3 §5.3.1, Deep Linking 2.0 §4.4). */
    public enum MessageType {
        RESOURCE_LINK(LtiClaims.RESOURCE_LINK_REQUEST),
        DEEP_LINKING(LtiClaims.DEEP_LINKING_REQUEST);

        private final String claim;

        MessageType(String claim) {
            this.claim = claim;
        }

        public String claim() {
            return claim;
        }
    }

    /** How the JOSE header and the signature are made (LTI Security Framework §5.1.3, JWS RFC 7515). */
    public enum HeaderMode {
        /** RS256 with the current platform key and its kid. */
        NORMAL,
        /** RS256 with the current key, no kid in the header. */
        NO_KID,
        /** RS256 with the current key, a kid the JWKS does not hold. */
        UNKNOWN_KID,
        /** An unsigned JWT ({@code alg: none}). */
        ALG_NONE,
        /** HS256 keyed with the platform's public key bytes: the algorithm confusion attack. */
        HS256_WITH_PUBLIC_KEY,
        /** RS256 with a key the platform never published, under the real kid. */
        ROGUE_KEY
    }

    /** Where the nonce claim comes from. */
    public enum NonceMode {
        /** The nonce of the authentication request (OIDC Core §3.1.3.7 step 11). */
        ECHO,
        /** No nonce claim. */
        OMIT,
        /** A fixed value, for replay tests. */
        FIXED
    }

    /** The context claim (LTI Core 1.3 §5.4.1). */
    public record Context(String id, String label, String title) {

        public Context {
            Objects.requireNonNull(id, "id");
        }

        /** A new course with a random id. */
        public static Context newCourse() {
            String id = "course-" + UUID.randomUUID();
            return new Context(id, "C-" + id.substring(7, 15), "Course " + id.substring(7, 15));
        }
    }

    /** A claim value the spec replaces; a null value leaves the claim out, no Replacement keeps the default. */
    record Replacement<T>(T value) {
    }

    private final MessageType messageType;
    private final String sub;
    private final String name;
    private final String givenName;
    private final String familyName;
    private final String email;
    private final List<String> roles;
    private final Context context;
    private final String resourceLinkId;
    private final boolean resourceLink;
    private final Map<String, String> custom;
    private final String lisPersonSourcedid;
    private final boolean ags;
    private final String agsLineItem;
    private final boolean nrps;
    private final boolean launchPresentation;
    private final boolean toolPlatform;
    private final HeaderMode headerMode;
    private final Replacement<String> issuer;
    private final List<String> audience;
    private final String azp;
    private final Duration expOffset;
    private final Duration iatOffset;
    private final NonceMode nonceMode;
    private final String fixedNonce;
    private final Replacement<String> deploymentId;
    private final Replacement<String> version;
    private final Replacement<String> messageTypeClaim;
    private final Replacement<String> targetLinkUri;
    private final String deepLinkData;
    private final Consumer<JWTClaimsSet.Builder> claims;

    private LaunchSpec(Builder b) {
        messageType = b.messageType;
        sub = b.sub;
        name = b.name;
        givenName = b.givenName;
        familyName = b.familyName;
        email = b.email;
        roles = b.roles == null ? null : List.copyOf(b.roles);
        context = b.context;
        resourceLinkId = b.resourceLinkId;
        resourceLink = b.resourceLink;
        custom = Collections.unmodifiableMap(new LinkedHashMap<>(b.custom));
        lisPersonSourcedid = b.lisPersonSourcedid;
        ags = b.ags;
        agsLineItem = b.agsLineItem;
        nrps = b.nrps;
        launchPresentation = b.launchPresentation;
        toolPlatform = b.toolPlatform;
        headerMode = b.headerMode;
        issuer = b.issuer;
        audience = b.audience == null ? null : List.copyOf(b.audience);
        azp = b.azp;
        expOffset = b.expOffset;
        iatOffset = b.iatOffset;
        nonceMode = b.nonceMode;
        fixedNonce = b.fixedNonce;
        deploymentId = b.deploymentId;
        version = b.version;
        messageTypeClaim = b.messageTypeClaim;
        targetLinkUri = b.targetLinkUri;
        deepLinkData = b.deepLinkData;
        claims = b.claims;
    }

    /** A valid resource link launch of a new learner (random sub, name, email) in a new course. */
    public static LaunchSpec learner() {
        return builder().build();
    }

    /** As {@link #learner()}, with the Instructor role. */
    public static LaunchSpec instructor() {
        return builder().roles(LtiRoles.INSTRUCTOR).build();
    }

    /** A valid Deep Linking request of a new instructor in a new course. */
    public static LaunchSpec deepLinking() {
        return builder().roles(LtiRoles.INSTRUCTOR).messageType(MessageType.DEEP_LINKING).build();
    }

    /** The defaults of {@link #learner()}, to change. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy changed by {@code change}: {@code spec.with(b -> b.roles(LtiRoles.MENTOR).nrps(true))}. */
    public LaunchSpec with(Consumer<Builder> change) {
        Builder builder = toBuilder();
        change.accept(builder);
        return builder.build();
    }

    /**
     * This spec, launching a link the platform created from a Deep Linking response: its resource link id, its
     * custom parameters over the spec's (link-level ones win, as an LMS merges them with the tool's), its line
     * item in the AGS claim when it has one (none otherwise: another link's item would be wrong) and its context.
     * The context stays the spec's when the ids match; otherwise it is the resource's id, also as label and title,
     * or none when the resource has no context. The message type, the user and everything else stay the spec's.
     *
     * @param resource not null
     */
    public LaunchSpec launching(DeepLinkedResource resource) {
        Objects.requireNonNull(resource, "resource");
        Map<String, String> merged = new LinkedHashMap<>(custom);
        merged.putAll(resource.custom());
        String contextId = resource.contextId();
        Context launched = contextId == null ? null
                : context != null && context.id().equals(contextId) ? context
                : new Context(contextId, contextId, contextId);
        return with(b -> b.resourceLinkId(resource.resourceLinkId()).custom(merged).context(launched)
                .agsLineItem(resource.lineItemUrl().orElse(null)));
    }

    public MessageType messageType() {
        return messageType;
    }

    public String sub() {
        return sub;
    }

    public String name() {
        return name;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public List<String> roles() {
        return roles;
    }

    public Context context() {
        return context;
    }

    public String resourceLinkId() {
        return resourceLinkId;
    }

    public boolean includesResourceLink() {
        return resourceLink;
    }

    public Map<String, String> custom() {
        return custom;
    }

    public String lisPersonSourcedid() {
        return lisPersonSourcedid;
    }

    public boolean includesAgs() {
        return ags;
    }

    public String agsLineItem() {
        return agsLineItem;
    }

    public boolean includesNrps() {
        return nrps;
    }

    public boolean includesLaunchPresentation() {
        return launchPresentation;
    }

    public boolean includesToolPlatform() {
        return toolPlatform;
    }

    public HeaderMode headerMode() {
        return headerMode;
    }

    public List<String> audience() {
        return audience;
    }

    public String azp() {
        return azp;
    }

    public Duration expOffset() {
        return expOffset;
    }

    public Duration iatOffset() {
        return iatOffset;
    }

    public NonceMode nonceMode() {
        return nonceMode;
    }

    public String fixedNonce() {
        return fixedNonce;
    }

    public String deepLinkData() {
        return deepLinkData;
    }

    Replacement<String> issuerOverride() {
        return issuer;
    }

    Replacement<String> deploymentIdOverride() {
        return deploymentId;
    }

    Replacement<String> versionOverride() {
        return version;
    }

    Replacement<String> messageTypeClaimOverride() {
        return messageTypeClaim;
    }

    Replacement<String> targetLinkUriOverride() {
        return targetLinkUri;
    }

    Consumer<JWTClaimsSet.Builder> claims() {
        return claims;
    }

    @Override
    public String toString() {
        return "LaunchSpec[" + messageType + ", sub=" + sub + ", roles=" + roles + ", context="
                + (context == null ? null : context.id()) + ", header=" + headerMode + "]";
    }

    /** Mutable counterpart of {@link LaunchSpec}; starts from the defaults of {@link #learner()}. */
    public static final class Builder {

        private MessageType messageType = MessageType.RESOURCE_LINK;
        private String sub;
        private String name;
        private String givenName;
        private String familyName;
        private String email;
        private List<String> roles = List.of(LtiRoles.LEARNER);
        private Context context = Context.newCourse();
        private String resourceLinkId = "rl-" + UUID.randomUUID();
        private boolean resourceLink = true;
        private Map<String, String> custom = new LinkedHashMap<>();
        private String lisPersonSourcedid;
        private boolean ags;
        private String agsLineItem;
        private boolean nrps;
        private boolean launchPresentation = true;
        private boolean toolPlatform = true;
        private HeaderMode headerMode = HeaderMode.NORMAL;
        private Replacement<String> issuer;
        private List<String> audience;
        private String azp;
        private Duration expOffset = Duration.ofMinutes(5);
        private Duration iatOffset = Duration.ZERO;
        private NonceMode nonceMode = NonceMode.ECHO;
        private String fixedNonce;
        private Replacement<String> deploymentId;
        private Replacement<String> version;
        private Replacement<String> messageTypeClaim;
        private Replacement<String> targetLinkUri;
        private String deepLinkData;
        private Consumer<JWTClaimsSet.Builder> claims = b -> { };

        private Builder() {
            String user = UUID.randomUUID().toString();
            String shortName = user.substring(0, 8);
            sub = "user-" + user;
            givenName = "Learner";
            familyName = shortName;
            name = givenName + " " + familyName;
            email = "learner-" + shortName + "@example.org";
        }

        private Builder(LaunchSpec s) {
            messageType = s.messageType;
            sub = s.sub;
            name = s.name;
            givenName = s.givenName;
            familyName = s.familyName;
            email = s.email;
            roles = s.roles;
            context = s.context;
            resourceLinkId = s.resourceLinkId;
            resourceLink = s.resourceLink;
            custom = new LinkedHashMap<>(s.custom);
            lisPersonSourcedid = s.lisPersonSourcedid;
            ags = s.ags;
            agsLineItem = s.agsLineItem;
            nrps = s.nrps;
            launchPresentation = s.launchPresentation;
            toolPlatform = s.toolPlatform;
            headerMode = s.headerMode;
            issuer = s.issuer;
            audience = s.audience;
            azp = s.azp;
            expOffset = s.expOffset;
            iatOffset = s.iatOffset;
            nonceMode = s.nonceMode;
            fixedNonce = s.fixedNonce;
            deploymentId = s.deploymentId;
            version = s.version;
            messageTypeClaim = s.messageTypeClaim;
            targetLinkUri = s.targetLinkUri;
            deepLinkData = s.deepLinkData;
            claims = s.claims;
        }

        public Builder messageType(MessageType type) {
            messageType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** @param subject the user id; null for an anonymous launch (LTI Core 1.3 §5.3.6) */
        public Builder sub(String subject) {
            sub = subject;
            return this;
        }

        /** No sub, no name, no email. */
        public Builder anonymous() {
            sub = null;
            name = null;
            givenName = null;
            familyName = null;
            email = null;
            return this;
        }

        /** @param fullName the name claim; null leaves it out */
        public Builder name(String fullName) {
            name = fullName;
            return this;
        }

        public Builder givenName(String given) {
            givenName = given;
            return this;
        }

        public Builder familyName(String family) {
            familyName = family;
            return this;
        }

        public Builder email(String address) {
            email = address;
            return this;
        }

        /** @param roleUris an empty list sends an empty roles claim; null leaves it out */
        public Builder roles(List<String> roleUris) {
            roles = roleUris;
            return this;
        }

        public Builder roles(String... roleUris) {
            return roles(Arrays.asList(roleUris));
        }

        /** @param newContext null leaves the context claim out */
        public Builder context(Context newContext) {
            context = newContext;
            return this;
        }

        public Builder context(String id, String label, String title) {
            return context(new Context(id, label, title));
        }

        public Builder resourceLinkId(String id) {
            resourceLinkId = Objects.requireNonNull(id, "id");
            resourceLink = true;
            return this;
        }

        /** No resource_link claim, though the message type may require one. */
        public Builder omitResourceLink() {
            resourceLink = false;
            return this;
        }

        /** Replaces the custom parameters; an empty map leaves the claim out. */
        public Builder custom(Map<String, String> parameters) {
            custom = new LinkedHashMap<>(parameters);
            return this;
        }

        public Builder custom(String key, String value) {
            custom.put(key, value);
            return this;
        }

        public Builder lisPersonSourcedid(String sourcedid) {
            lisPersonSourcedid = sourcedid;
            return this;
        }

        /** The AGS endpoint claim, with the lineitem, result.readonly and score scopes. */
        public Builder ags(boolean include) {
            ags = include;
            return this;
        }

        /** The AGS claim's single line item URL (the platform-created item of this resource link). */
        public Builder agsLineItem(String lineItemUrl) {
            agsLineItem = lineItemUrl;
            ags = ags || lineItemUrl != null;
            return this;
        }

        public Builder nrps(boolean include) {
            nrps = include;
            return this;
        }

        public Builder launchPresentation(boolean include) {
            launchPresentation = include;
            return this;
        }

        public Builder toolPlatform(boolean include) {
            toolPlatform = include;
            return this;
        }

        public Builder headerMode(HeaderMode mode) {
            headerMode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** @param iss instead of the platform's issuer; null leaves the claim out */
        public Builder issuer(String iss) {
            issuer = new Replacement<>(iss);
            return this;
        }

        /** @param aud instead of the client id; an empty list leaves the claim out; null restores the default */
        public Builder audience(List<String> aud) {
            audience = aud;
            return this;
        }

        public Builder audience(String... aud) {
            return audience(List.of(aud));
        }

        public Builder azp(String authorizedParty) {
            azp = authorizedParty;
            return this;
        }

        /** @param offset exp relative to now; negative for an expired token */
        public Builder expOffset(Duration offset) {
            expOffset = Objects.requireNonNull(offset, "offset");
            return this;
        }

        /** @param offset iat relative to now; positive for a token issued in the future */
        public Builder iatOffset(Duration offset) {
            iatOffset = Objects.requireNonNull(offset, "offset");
            return this;
        }

        /** A fixed nonce claim instead of the authentication request's. */
        public Builder nonce(String nonce) {
            nonceMode = NonceMode.FIXED;
            fixedNonce = Objects.requireNonNull(nonce, "nonce");
            return this;
        }

        public Builder omitNonce() {
            nonceMode = NonceMode.OMIT;
            fixedNonce = null;
            return this;
        }

        public Builder echoNonce() {
            nonceMode = NonceMode.ECHO;
            fixedNonce = null;
            return this;
        }

        /** @param id instead of the client's deployment; null leaves the claim out */
        public Builder deploymentId(String id) {
            deploymentId = new Replacement<>(id);
            return this;
        }

        /** @param ltiVersion instead of 1.3.0; null leaves the claim out */
        public Builder version(String ltiVersion) {
            version = new Replacement<>(ltiVersion);
            return this;
        }

        /** @param type any message_type; null leaves the claim out */
        public Builder messageTypeClaim(String type) {
            messageTypeClaim = new Replacement<>(type);
            return this;
        }

        /** @param uri instead of the login's target_link_uri; null leaves the claim out */
        public Builder targetLinkUri(String uri) {
            targetLinkUri = new Replacement<>(uri);
            return this;
        }

        /** The deep_linking_settings data; by default a random {@code dl-data-…} per token. */
        public Builder deepLinkData(String data) {
            deepLinkData = data;
            return this;
        }

        /** Adds a change to the claims, applied last, after the ones added before. */
        public Builder claims(Consumer<JWTClaimsSet.Builder> change) {
            claims = claims.andThen(Objects.requireNonNull(change, "change"));
            return this;
        }

        public LaunchSpec build() {
            return new LaunchSpec(this);
        }
    }
}
