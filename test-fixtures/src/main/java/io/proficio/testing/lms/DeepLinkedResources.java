package io.proficio.testing.lms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the platform makes of a verified Deep Linking response (Deep Linking 2.0 §4.5): a resource link per
 * {@code ltiResourceLink} content item (§3.2) in the context of the deep linking launch, and, when the item
 * has a {@code lineItem} and the platform creates line items from deep links ({@link
 * PlatformQuirks#deepLinkLineItems()}), an AGS line item (AGS 2.0 §3.2) with the item's label (its title when
 * it has none), scoreMaximum, resourceId and tag and the new link as resourceLinkId. A lineItem without a
 * positive scoreMaximum makes no line item. Thread-safe.
 */
final class DeepLinkedResources {

    /** What the platform remembers of a Deep Linking request it signed, by its settings' {@code data}. */
    record Request(String contextId, boolean acceptedLineItem) {
    }

    private final LineItems lineItems;
    private final PlatformQuirks.DeepLinkLineItems policy;
    private final List<DeepLinkedResource> created = new ArrayList<>();

    DeepLinkedResources(LineItems lineItems, PlatformQuirks.DeepLinkLineItems policy) {
        this.lineItems = lineItems;
        this.policy = policy;
    }

    List<DeepLinkedResource> all() {
        synchronized (created) {
            return List.copyOf(created);
        }
    }

    /** Creates the links and line items of the response to this request. */
    void createFrom(DeepLinkResponse response, Request request) {
        for (Map<String, Object> item : response.contentItems()) {
            if ("ltiResourceLink".equals(item.get("type"))) {
                DeepLinkedResource resource = create(item, request);
                synchronized (created) {
                    created.add(resource);
                }
            }
        }
    }

    private DeepLinkedResource create(Map<String, Object> item, Request request) {
        String linkId = "rl-" + UUID.randomUUID();
        String title = item.get("title") instanceof String s ? s : null;
        Optional<String> lineItemUrl = Optional.empty();
        boolean createsLineItem = policy == PlatformQuirks.DeepLinkLineItems.ALWAYS || request.acceptedLineItem();
        if (createsLineItem && request.contextId() != null && item.get("lineItem") instanceof Map<?, ?> lineItem
                && lineItem.get("scoreMaximum") instanceof Number max && max.doubleValue() > 0) {
            String label = lineItem.get("label") instanceof String s ? s : title;
            lineItemUrl = Optional.of(lineItems.create(request.contextId(), HttpExchanges.object(
                    "label", label, "scoreMaximum", max, "resourceId", lineItem.get("resourceId"),
                    "tag", lineItem.get("tag"), "resourceLinkId", linkId)));
        }
        return new DeepLinkedResource(linkId, request.contextId(), title,
                item.get("url") instanceof String s ? s : null, custom(item.get("custom")), lineItemUrl);
    }

    private static Map<String, String> custom(Object value) {
        Map<String, String> custom = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, parameter) -> custom.put(String.valueOf(name), String.valueOf(parameter)));
        }
        return custom;
    }
}
