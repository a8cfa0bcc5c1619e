package io.proficio.lti.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import io.proficio.lti.launch.LtiMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The LtiDeepLinkingResponse a tool returns to the platform's {@code deep_link_return_url} with the content
 * items picked (Deep Linking 2.0 §4.5–4.6). Build one with {@link #replyingTo} so that the request's
 * {@code data} is echoed, as the spec requires, then turn it into claims with {@link #toJWTClaimsSet}; the
 * caller signs them with the tool's key.
 *
 * @param contentItems the items picked, possibly none (the user cancelled)
 * @param data         the request's {@code data}, echoed unchanged
 * @param message      a message the platform may show the user ({@code msg})
 * @param log          a message the platform may log ({@code log})
 * @param errorMessage an error the platform may show the user ({@code errormsg})
 * @param errorLog     an error the platform may log ({@code errorlog})
 */
public record DeepLinkingResponse(List<ContentItem> contentItems, Optional<String> data, Optional<String> message,
        Optional<String> log, Optional<String> errorMessage, Optional<String> errorLog) {

    /** How long the platform may accept the response for. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    public DeepLinkingResponse {
        contentItems = List.copyOf(contentItems);
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(errorLog, "errorLog");
    }

    /** A response to a request with these settings, not {@code null}: their {@code data}, if any, is echoed. */
    public static Builder replyingTo(LtiMessage.DeepLinkingSettings settings) {
        Builder builder = builder();
        settings.data().ifPresent(builder::data);
        return builder;
    }

    /** A response that echoes no {@code data}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The response's claims, unsigned (Deep Linking 2.0 §4.5): the tool is the issuer and the platform the
     * audience; each call draws a fresh {@code nonce}.
     *
     * @param clientId       the tool's client_id on the platform, not {@code null}
     * @param platformIssuer the platform's issuer, not {@code null}
     * @param deploymentId   the request's deployment_id, not {@code null}
     * @param now            the issue time, not {@code null}; the response expires five minutes later
     */
    public JWTClaimsSet toJWTClaimsSet(String clientId, String platformIssuer, String deploymentId, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(Objects.requireNonNull(clientId, "clientId"))
                .audience(Objects.requireNonNull(platformIssuer, "platformIssuer"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LTI + "version", LtiMessage.LTI_VERSION)
                .claim(LTI + "deployment_id", Objects.requireNonNull(deploymentId, "deploymentId"))
                .claim(DL + "content_items", contentItems.stream().map(ContentItem::toJSONObject).toList());
        data.ifPresent(value -> claims.claim(DL + "data", value));
        message.ifPresent(value -> claims.claim(DL + "msg", value));
        log.ifPresent(value -> claims.claim(DL + "log", value));
        errorMessage.ifPresent(value -> claims.claim(DL + "errormsg", value));
        errorLog.ifPresent(value -> claims.claim(DL + "errorlog", value));
        return claims.build();
    }

    /**
     * A content item (Deep Linking 2.0 §3): of type {@code ltiResourceLink}, a link the platform creates
     * that launches back into this tool at {@code url}, with {@code custom} properties sent on every
     * launch of it and, when {@code lineItem} is given, a gradebook column the platform creates for it;
     * or of type {@code link} (§3.1), a plain link to content elsewhere, which has neither.
     */
    public record ContentItem(Type type, String title, Optional<String> text, String url, Map<String, String> custom,
            Optional<LineItem> lineItem) {

        /** The content item types this tool returns, with their names in the claim. */
        public enum Type {
            LTI_RESOURCE_LINK("ltiResourceLink"), LINK("link");

            private final String claimValue;

            Type(String claimValue) {
                this.claimValue = claimValue;
            }

            public String claimValue() {
                return claimValue;
            }
        }

        public ContentItem {
            Objects.requireNonNull(type, "type");
            if (type == Type.LINK && (!custom.isEmpty() || lineItem.isPresent())) {
                throw new IllegalArgumentException("A link content item has no custom parameters and no line item");
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(url, "url");
            custom = Map.copyOf(custom);
            Objects.requireNonNull(lineItem, "lineItem");
        }

        /** A resource link with only a title and a launch URL, both not {@code null}. */
        public static ContentItem resourceLink(String title, String url) {
            return new ContentItem(Type.LTI_RESOURCE_LINK, title, Optional.empty(), url, Map.of(), Optional.empty());
        }

        /** A plain link to content elsewhere (Deep Linking 2.0 §3.1), both arguments not {@code null}. */
        public static ContentItem link(String title, String url) {
            return new ContentItem(Type.LINK, title, Optional.empty(), url, Map.of(), Optional.empty());
        }

        public ContentItem withText(String text) {
            return new ContentItem(type, title, Optional.of(text), url, custom, lineItem);
        }

        public ContentItem withCustom(Map<String, String> custom) {
            return new ContentItem(type, title, text, url, custom, lineItem);
        }

        public ContentItem withLineItem(LineItem lineItem) {
            return new ContentItem(type, title, text, url, custom, Optional.of(lineItem));
        }

        /** The item as a JSON object for the {@code content_items} claim. */
        public Map<String, Object> toJSONObject() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", type.claimValue());
            json.put("title", title);
            text.ifPresent(value -> json.put("text", value));
            json.put("url", url);
            if (!custom.isEmpty()) {
                json.put("custom", custom);
            }
            lineItem.ifPresent(value -> json.put("lineItem", value.toJSONObject()));
            return json;
        }
    }

    /**
     * The gradebook column to create with a resource link (Deep Linking 2.0, {@code lineItem} of an
     * {@code ltiResourceLink}; AGS 2.0 line items): {@code resourceId} and {@code tag} come back on the
     * line item so scores can be matched to what was linked.
     */
    public record LineItem(String label, double scoreMaximum, Optional<String> resourceId, Optional<String> tag) {

        public LineItem {
            Objects.requireNonNull(label, "label");
            if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
                throw new IllegalArgumentException("scoreMaximum must be a positive number, was " + scoreMaximum);
            }
            Objects.requireNonNull(resourceId, "resourceId");
            Objects.requireNonNull(tag, "tag");
        }

        public LineItem(String label, double scoreMaximum) {
            this(label, scoreMaximum, Optional.empty(), Optional.empty());
        }

        /** The line item as a JSON object for a content item's {@code lineItem}. */
        public Map<String, Object> toJSONObject() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("label", label);
            json.put("scoreMaximum", scoreMaximum);
            resourceId.ifPresent(value -> json.put("resourceId", value));
            tag.ifPresent(value -> json.put("tag", value));
            return json;
        }
    }

    /** Collects a response's optional parts; not thread-safe, use one per response. */
    public static final class Builder {
        private final List<ContentItem> contentItems = new ArrayList<>();
        private Optional<String> data = Optional.empty();
        private Optional<String> message = Optional.empty();
        private Optional<String> log = Optional.empty();
        private Optional<String> errorMessage = Optional.empty();
        private Optional<String> errorLog = Optional.empty();

        private Builder() {
        }

        public Builder contentItem(ContentItem item) {
            contentItems.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        public Builder data(String data) {
            this.data = Optional.of(data);
            return this;
        }

        public Builder message(String message) {
            this.message = Optional.of(message);
            return this;
        }

        public Builder log(String log) {
            this.log = Optional.of(log);
            return this;
        }

        public Builder errorMessage(String errorMessage) {
            this.errorMessage = Optional.of(errorMessage);
            return this;
        }

        public Builder errorLog(String errorLog) {
            this.errorLog = Optional.of(errorLog);
            return this;
        }

        public DeepLinkingResponse build() {
            return new DeepLinkingResponse(contentItems, data, message, log, errorMessage, errorLog);
        }
    }
}
