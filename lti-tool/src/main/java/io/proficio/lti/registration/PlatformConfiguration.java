package io.proficio.lti.registration;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a platform's OpenID configuration (LTI Dynamic Registration 1.0 §3.4) the tool uses.
 *
 * @param productFamilyCode from the {@code lti-platform-configuration} claim, e.g. {@code moodle}, {@code canvas}
 */
public record PlatformConfiguration(String issuer, String authorizationEndpoint, String tokenEndpoint,
                                    String jwksUri, String registrationEndpoint, Optional<String> productFamilyCode,
                                    List<String> messagesSupported) {

    static final String PLATFORM_CLAIM = "https://purl.imsglobal.org/spec/lti-platform-configuration";

    /** @throws IllegalArgumentException naming the first required member that is missing */
    public static PlatformConfiguration parse(JsonObject json) {
        Optional<JsonObject> platform = object(json, PLATFORM_CLAIM);
        List<String> messages = new ArrayList<>();
        platform.flatMap(p -> Optional.ofNullable(p.get("messages_supported")))
                .filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY)
                .ifPresent(v -> v.asJsonArray().forEach(m -> {
                    // DR 1.0 §3.4 lists objects with a type; Moodle sends the types as plain strings.
                    if (m.getValueType() == JsonValue.ValueType.OBJECT) {
                        text(m.asJsonObject(), "type").ifPresent(messages::add);
                    } else if (m instanceof JsonString type && !type.getString().isBlank()) {
                        messages.add(type.getString());
                    }
                }));
        return new PlatformConfiguration(required(json, "issuer"), required(json, "authorization_endpoint"),
                required(json, "token_endpoint"), required(json, "jwks_uri"), required(json, "registration_endpoint"),
                platform.flatMap(p -> text(p, "product_family_code")), List.copyOf(messages));
    }

    /** Whether the platform says it sends deep-linking requests (assumed when it lists no messages). */
    public boolean supportsDeepLinking() {
        return messagesSupported.isEmpty() || messagesSupported.contains("LtiDeepLinkingRequest");
    }

    private static String required(JsonObject json, String name) {
        return text(json, name).orElseThrow(() -> new IllegalArgumentException("The OpenID configuration has no " + name));
    }

    private static Optional<String> text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s && !s.getString().isBlank() ? Optional.of(s.getString()) : Optional.empty();
    }

    private static Optional<JsonObject> object(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT
                ? Optional.of(value.asJsonObject()) : Optional.empty();
    }
}
