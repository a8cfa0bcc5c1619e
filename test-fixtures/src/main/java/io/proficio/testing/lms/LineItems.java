package io.proficio.testing.lms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's gradebook columns: AGS 2.0 line items (§3.2) by URL, each in one context, in creation order.
 * A line item's URL is its {@code id}, numbered by the platform and shaped by {@link PlatformUrls}. Values are
 * JSON objects as a tool or the platform sent them; reads answer unmodifiable copies that keep JSON nulls.
 * Thread-safe: one lock, the work under it is small.
 */
final class LineItems {

    private final PlatformUrls urls;
    private final Object lock = new Object();
    private long lastNumber;
    private final Map<String, Map<String, Object>> items = new LinkedHashMap<>();
    private final Map<String, String> contextOf = new LinkedHashMap<>();

    LineItems(PlatformUrls urls) {
        this.urls = urls;
    }

    /** Stores a new line item in the context, its {@code id} set to its new URL; answers the URL. */
    String create(String contextId, Map<String, Object> item) {
        return urls.lineItem(contextId, Long.toString(add(contextId, item)));
    }

    /** {@link #create}, answering the line item's number (from 1, across contexts) instead. */
    long add(String contextId, Map<String, Object> item) {
        synchronized (lock) {
            long number = ++lastNumber;
            String url = urls.lineItem(contextId, Long.toString(number));
            Map<String, Object> stored = new LinkedHashMap<>(item);
            stored.put("id", url);
            items.put(url, stored);
            contextOf.put(url, contextId);
            return number;
        }
    }

    /** The line item at this URL if it belongs to the context. */
    Optional<Map<String, Object>> find(String contextId, String url) {
        synchronized (lock) {
            return contextId.equals(contextOf.get(url)) ? Optional.of(copy(items.get(url))) : Optional.empty();
        }
    }

    /** The line item at this URL, whatever its context. */
    Optional<Map<String, Object>> get(String url) {
        synchronized (lock) {
            return Optional.ofNullable(items.get(url)).map(LineItems::copy);
        }
    }

    /** Replaces the line item at this URL, keeping its {@code id}; false when there is none any more. */
    boolean replace(String url, Map<String, Object> item) {
        synchronized (lock) {
            if (!items.containsKey(url)) {
                return false;
            }
            Map<String, Object> stored = new LinkedHashMap<>(item);
            stored.put("id", url);
            items.put(url, stored);
            return true;
        }
    }

    void delete(String url) {
        synchronized (lock) {
            items.remove(url);
            contextOf.remove(url);
        }
    }

    List<Map<String, Object>> inContext(String contextId) {
        synchronized (lock) {
            return items.entrySet().stream().filter(e -> contextId.equals(contextOf.get(e.getKey())))
                    .map(e -> copy(e.getValue())).toList();
        }
    }

    /** Unmodifiable, and unlike {@link Map#copyOf} keeps the JSON nulls a tool sent. */
    static Map<String, Object> copy(Map<String, Object> json) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(json));
    }
}
