package io.proficio.xapi.statement;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the violations of one Statement and offers the type and format checks the rules classes
 * share. Each check reports against a JSON Pointer (RFC 6901) relative to the Statement and returns
 * the value when it has the expected JSON type, so callers can go on checking what lies beneath.
 * Not thread-safe; one instance per Statement.
 */
final class Violations {

    private final int statementIndex;
    private final List<StatementViolation> found = new ArrayList<>();

    Violations(int statementIndex) {
        this.statementIndex = statementIndex;
    }

    List<StatementViolation> found() {
        return List.copyOf(found);
    }

    void add(String pointer, String message) {
        found.add(new StatementViolation(statementIndex, pointer, message));
    }

    /** {@code parent} + one reference token, escaped per RFC 6901 §3 ({@code ~0}, {@code ~1}). */
    static String at(String parent, String token) {
        return parent + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String at(String parent, int index) {
        return parent + "/" + index;
    }

    /** The value as an object, or a violation when it is anything else (including JSON null). */
    Optional<JsonObject> object(JsonValue value, String pointer) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return Optional.of(value.asJsonObject());
        }
        add(pointer, "must be a JSON object");
        return Optional.empty();
    }

    /** Reports every key of {@code object} not in {@code allowed} (Data §2.2.s4.b1.b7). */
    void onlyProperties(JsonObject object, String pointer, Set<String> allowed) {
        for (String key : new TreeSet<>(object.keySet())) {
            if (!allowed.contains(key)) {
                add(at(pointer, key), "property '" + key + "' is not allowed here");
            }
        }
    }

    /** Reports a missing required property; returns whether it is present. */
    boolean required(JsonObject object, String pointer, String key) {
        if (object.containsKey(key)) {
            return true;
        }
        add(at(pointer, key), "required property '" + key + "' is missing");
        return false;
    }

    /** The property as a string when present; a violation when present but not a string. */
    Optional<String> string(JsonObject object, String pointer, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            return Optional.of(((JsonString) value).getString());
        }
        add(at(pointer, key), "must be a string");
        return Optional.empty();
    }

    /** The property as a number when present; a violation when present but not a number. */
    Optional<JsonNumber> number(JsonObject object, String pointer, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value.getValueType() == JsonValue.ValueType.NUMBER) {
            return Optional.of((JsonNumber) value);
        }
        add(at(pointer, key), "must be a number");
        return Optional.empty();
    }

    void bool(JsonObject object, String pointer, String key) {
        JsonValue value = object.get(key);
        if (value != null
                && value.getValueType() != JsonValue.ValueType.TRUE
                && value.getValueType() != JsonValue.ValueType.FALSE) {
            add(at(pointer, key), "must be a boolean");
        }
    }

    /** An absolute IRI (Data §4.3) when present. IRLs go through the same best-effort check. */
    void iri(JsonObject object, String pointer, String key) {
        string(object, pointer, key).filter(s -> !Formats.isAbsoluteIri(s))
                .ifPresent(s -> add(at(pointer, key), "must be an absolute IRI"));
    }

    void uuid(JsonObject object, String pointer, String key) {
        string(object, pointer, key).filter(s -> !Formats.isUuid(s))
                .ifPresent(s -> add(at(pointer, key), "must be a UUID"));
    }

    /** A Language Map (Data §4.2): RFC 5646 tags as keys, strings as values. */
    void languageMap(JsonObject object, String pointer, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return;
        }
        String mapPointer = at(pointer, key);
        object(value, mapPointer).ifPresent(map -> map.forEach((tag, text) -> {
            if (!Formats.isLanguageTag(tag)) {
                add(at(mapPointer, tag), "'" + tag + "' is not an RFC 5646 language tag");
            }
            if (text.getValueType() != JsonValue.ValueType.STRING) {
                add(at(mapPointer, tag), "must be a string");
            }
        }));
    }

    /** Extensions (Data §4.1): an object whose keys are absolute IRIs; values are free, even null. */
    void extensions(JsonObject object, String pointer, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return;
        }
        String extPointer = at(pointer, key);
        object(value, extPointer).ifPresent(ext -> ext.keySet().stream()
                .filter(k -> !Formats.isAbsoluteIri(k))
                .sorted()
                .forEach(k -> add(at(extPointer, k), "extension key must be an absolute IRI")));
    }
}
