package io.proficio.testing.lms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource link the platform created from an {@code ltiResourceLink} content item of a verified Deep
 * Linking response (Deep Linking 2.0 §3.2, §4.5), as an LMS adds the activity to the course the deep linking
 * launch came from. Launch it with {@link LaunchSpec#launching(DeepLinkedResource)}.
 *
 * @param resourceLinkId the new link's id, {@code rl-<uuid>}, the resource_link claim's id when launched
 * @param contextId the context of the deep linking launch; null when that launch had none
 * @param title the item's title; null when it had none
 * @param url the item's url (the launch's target); null when it had none, and the tool's default applies
 * @param custom the item's custom parameters, values as strings; empty when it had none
 * @param lineItemUrl the AGS line item the platform created from the item's {@code lineItem}, with the link as
 *     its resourceLinkId; empty when the item had none, the platform does not create line items from deep links
 *     (it did not send {@code accept_lineitem: true}, Moodle aside) or there was no context
 */
public record DeepLinkedResource(String resourceLinkId, String contextId, String title, String url,
        Map<String, String> custom, Optional<String> lineItemUrl) {

    public DeepLinkedResource {
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        custom = custom == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(custom));
        Objects.requireNonNull(lineItemUrl, "lineItemUrl");
    }
}
