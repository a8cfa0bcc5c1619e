package io.proficio.xapi.statement;


import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides whether a Statement received with an id the LRS already holds "matches" the stored one,
 * per xAPI 1.0.3 Data §2.3.1 "Statement Comparison Requirements" (2.3.1.s9), so the Statement
 * Resource can answer {@code 204}/{@code 200} for a match and {@code 409 Conflict} otherwise
 * (Communication §2.1.1.s2.b3). In both cases nothing is modified (Communication §2.1.1.s2.b2).
 *
 * <p>The rule (Data §2.3.1.s9): "Differences which could have been caused by exceptions to
 * Statement immutability MUST be ignored. Differences relating to a different serialization of any
 * properties not listed as exceptions MUST not be ignored." The exceptions (Data §2.3.1.b1-b7) and
 * how each is applied here:
 * <ul>
 *   <li>b1 "Potential or required assignments of properties during LRS processing ("id",
 *       "authority", "stored", "timestamp", "version")": {@code stored} is always set by the LRS and
 *       {@code authority} may be replaced by it (Data §2.4.9), so both are ignored outright.
 *       {@code id}, {@code timestamp} and {@code version} are assigned only when the Statement
 *       arrives without them (Data §2.4.1.s2.b1, §2.4.7, §2.4.10), so a stored value is ignored
 *       only when the received Statement omits that property.</li>
 *   <li>b2 Activity Definitions are not part of the Statement: {@code definition} of every
 *       Activity (Statement object, SubStatement object, context activities) is ignored.</li>
 *   <li>b3 the Verb's {@code display} is not part of the Statement: ignored.</li>
 *   <li>b4 serialization of Timestamp data: {@code timestamp} (also a SubStatement's) is compared
 *       as a point in time, whatever the zone; and since "A Timestamp MAY be truncated or rounded to
 *       a precision of at least 3 decimal digits for seconds" (Data §4.5), a stored value that is
 *       the received one truncated or rounded to 3 or more fractional digits also matches.</li>
 *   <li>b5 un-ordered lists: the {@code member} list of a Group is compared as a multiset.</li>
 *   <li>b7 case-insensitive properties: UUIDs (Statement {@code id}, StatementRef {@code id},
 *       {@code context.registration}; RFC 4122 §3), language tags ({@code context.language} and the
 *       keys of language maps; RFC 5646 §2.1.1), and the {@code mailto:} scheme and domain of an
 *       {@code mbox} (the example the specification gives).</li>
 * </ul>
 * Data §2.3.1.b8: {@code result.duration} is compared as a string. Data §2.4.6.2.s4.b3 requires the
 * LRS to return every {@code contextActivities} value as an array, so a single Activity and a
 * one-element array holding it match. JSON object member order never matters (RFC 8259 §4).
 *
 * <p>Where the specification is open to more than one reading, the one chosen reports a conflict
 * rather than a match, so a client is never told that data it sent is held when the LRS holds
 * something else; the stored Statement is never changed either way:
 * <ul>
 *   <li>"could have been caused by" assignment is read as: the stored Statement is what LRS
 *       processing could have made of <em>this</em> received Statement. So a received
 *       {@code timestamp} or {@code version} that differs from the stored one is a conflict, even
 *       though a different earlier submission without one might have led the LRS to assign it.</li>
 *   <li>b6 says Attachments are not part of Statements; that concerns the raw attachment data,
 *       which never appears in the JSON. The {@code attachments} headers (an ordered array whose
 *       {@code sha2} identifies the content) are compared, in order.</li>
 *   <li>Case is ignored only where a standard makes a value case-insensitive as listed above. IRIs
 *       (verb, activity and extension ids, {@code homePage}), {@code mbox_sha1sum}, {@code sha2},
 *       names and the local part of an {@code mbox} are compared exactly.</li>
 *   <li>Numbers are compared by value and scale ({@code BigDecimal#equals}), so {@code 1} and
 *       {@code 1.0} differ: a different serialization of a non-exception property (s9.b2).</li>
 *   <li>A {@code null} member and an absent one differ; an {@code objectType} left implicit and one
 *       spelled out differ.</li>
 * </ul>
 * Neither argument is modified.
 */
public final class StatementComparison {

    /** Assigned by the LRS only when the received Statement lacks them (Data §2.3.1.b1). */
    private static final List<String> ASSIGNED_IF_ABSENT = List.of("id", "version");

    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    private StatementComparison() {
    }

    /**
     * @param stored the Statement as the LRS holds it (after its own processing); not {@code null}
     * @param received the Statement just received with the same id; not {@code null}
     * @return {@code true} if the two match under Data §2.3.1.s9 (answer success, store nothing),
     *     {@code false} if they differ (answer {@code 409 Conflict})
     */
    public static boolean sameStatement(JsonObject stored, JsonObject received) {
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(received, "received");
        if (!sameTimestamp(stored.get("timestamp"), received.get("timestamp"), true)
                || !sameTimestamp(subStatementTimestamp(stored), subStatementTimestamp(received), false)) {
            return false;
        }
        return statement(stored, received.keySet()).equals(statement(received, received.keySet()));
    }

    // ---- timestamps (Data §2.3.1.b1, b4; §4.5) ----

    private static JsonValue subStatementTimestamp(JsonObject statement) {
        JsonValue object = statement.get("object");
        if (object instanceof JsonObject o && "SubStatement".equals(stringOf(o.get("objectType")))) {
            return o.get("timestamp");
        }
        return null;
    }

    /** {@code null} arguments stand for an absent property. */
    private static boolean sameTimestamp(JsonValue stored, JsonValue received, boolean assignedIfAbsent) {
        if (received == null) {
            return stored == null || assignedIfAbsent;
        }
        if (stored == null) {
            return false;
        }
        Optional<Instant> s = instant(stored);
        Optional<Instant> r = instant(received);
        if (s.isEmpty() || r.isEmpty()) {
            return canonical(stored).equals(canonical(received));
        }
        return s.get().equals(r.get()) || reducedPrecisionOf(s.get(), r.get());
    }

    /** Whether {@code stored} is {@code received} truncated or rounded to 3 to 8 fractional digits. */
    private static boolean reducedPrecisionOf(Instant stored, Instant received) {
        for (long unit = 1_000_000L; unit >= 10L; unit /= 10) {
            long remainder = received.getNano() % unit;
            Instant truncated = received.minusNanos(remainder);
            Instant rounded = 2 * remainder >= unit ? truncated.plusNanos(unit) : truncated;
            if (stored.equals(truncated) || stored.equals(rounded)) {
                return true;
            }
        }
        return false;
    }

    /** The point in time of an ISO 8601 timestamp with a zone; empty for anything else. */
    private static Optional<Instant> instant(JsonValue value) {
        String s = stringOf(value);
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, TIMESTAMP).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // ---- canonical forms: equal exactly when the parts they cover match ----

    private static JsonObject statement(JsonObject statement, Set<String> receivedProperties) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(statement)) {
            String name = e.getKey();
            JsonValue value = e.getValue();
            if (name.equals("stored") || name.equals("authority") || name.equals("timestamp")
                    || ASSIGNED_IF_ABSENT.contains(name) && !receivedProperties.contains(name)) {
                continue;
            }
            out.add(name, switch (name) {
                case "id" -> uuid(value);
                case "actor" -> agentOrGroup(value);
                case "verb" -> verb(value);
                case "object" -> statementObject(value, true);
                case "context" -> context(value);
                case "attachments" -> attachments(value);
                default -> canonical(value);
            });
        }
        return out.build();
    }

    private static JsonValue statementObject(JsonValue value, boolean subStatementAllowed) {
        if (!(value instanceof JsonObject object)) {
            return canonical(value);
        }
        JsonValue type = object.get("objectType");
        String kind = type == null ? "Activity" : stringOf(type);
        if (kind == null) {
            return canonical(value);
        }
        return switch (kind) {
            case "Activity" -> activity(object);
            case "Agent", "Group" -> agentOrGroup(object);
            case "StatementRef" -> statementRef(object);
            case "SubStatement" -> subStatementAllowed ? subStatement(object) : canonical(object);
            default -> canonical(object);
        };
    }

    /** Timestamp compared separately; a SubStatement has no id, stored, authority or version. */
    private static JsonValue subStatement(JsonObject subStatement) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(subStatement)) {
            JsonValue value = e.getValue();
            switch (e.getKey()) {
                case "timestamp" -> { }
                case "actor" -> out.add("actor", agentOrGroup(value));
                case "verb" -> out.add("verb", verb(value));
                case "object" -> out.add("object", statementObject(value, false));
                case "context" -> out.add("context", context(value));
                default -> out.add(e.getKey(), canonical(value));
            }
        }
        return out.build();
    }

    private static JsonValue activity(JsonValue value) {
        return value instanceof JsonObject activity ? without(activity, "definition") : canonical(value);
    }

    private static JsonValue verb(JsonValue value) {
        return value instanceof JsonObject verb ? without(verb, "display") : canonical(value);
    }

    private static JsonValue statementRef(JsonObject ref) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(ref)) {
            out.add(e.getKey(), e.getKey().equals("id") ? uuid(e.getValue()) : canonical(e.getValue()));
        }
        return out.build();
    }

    private static JsonValue agentOrGroup(JsonValue value) {
        if (!(value instanceof JsonObject agent)) {
            return canonical(value);
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(agent)) {
            out.add(e.getKey(), switch (e.getKey()) {
                case "mbox" -> mbox(e.getValue());
                case "member" -> members(e.getValue());
                default -> canonical(e.getValue());
            });
        }
        return out.build();
    }

    /** Data §2.3.1.b5: the members of a Group are an unordered list. */
    private static JsonValue members(JsonValue value) {
        if (!(value instanceof JsonArray members)) {
            return canonical(value);
        }
        List<JsonValue> canonicalMembers = new ArrayList<>();
        members.forEach(m -> canonicalMembers.add(agentOrGroup(m)));
        // Canonical values have sorted keys, so their text is a sound sort key.
        canonicalMembers.sort(Comparator.comparing(JsonValue::toString));
        JsonArrayBuilder out = JSON.createArrayBuilder();
        canonicalMembers.forEach(out::add);
        return out.build();
    }

    private static JsonValue context(JsonValue value) {
        if (!(value instanceof JsonObject context)) {
            return canonical(value);
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(context)) {
            JsonValue v = e.getValue();
            out.add(e.getKey(), switch (e.getKey()) {
                case "registration" -> uuid(v);
                case "instructor", "team" -> agentOrGroup(v);
                case "contextActivities" -> contextActivities(v);
                case "statement" -> v instanceof JsonObject ref ? statementRef(ref) : canonical(v);
                case "language" -> languageTag(v);
                default -> canonical(v);
            });
        }
        return out.build();
    }

    /** A single Activity and a one-element array of it match: the LRS returns arrays. */
    private static JsonValue contextActivities(JsonValue value) {
        if (!(value instanceof JsonObject lists)) {
            return canonical(value);
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> e : sorted(lists)) {
            JsonValue v = e.getValue();
            JsonArrayBuilder activities = JSON.createArrayBuilder();
            if (v instanceof JsonObject single) {
                out.add(e.getKey(), activities.add(activity(single)));
            } else if (v instanceof JsonArray array) {
                array.forEach(a -> activities.add(activity(a)));
                out.add(e.getKey(), activities);
            } else {
                out.add(e.getKey(), canonical(v));
            }
        }
        return out.build();
    }

    private static JsonValue attachments(JsonValue value) {
        if (!(value instanceof JsonArray attachments)) {
            return canonical(value);
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        for (JsonValue attachment : attachments) {
            if (attachment instanceof JsonObject header) {
                JsonObjectBuilder h = JSON.createObjectBuilder();
                for (Map.Entry<String, JsonValue> e : sorted(header)) {
                    boolean languageMap = e.getKey().equals("display") || e.getKey().equals("description");
                    h.add(e.getKey(), languageMap ? languageMap(e.getValue()) : canonical(e.getValue()));
                }
                out.add(h);
            } else {
                out.add(canonical(attachment));
            }
        }
        return out.build();
    }

    // ---- case-insensitive scalars (Data §2.3.1.b7) ----

    private static JsonValue uuid(JsonValue value) {
        String s = stringOf(value);
        return Formats.isUuid(s) ? JSON.createValue(s.toLowerCase(Locale.ROOT)) : canonical(value);
    }

    private static JsonValue languageTag(JsonValue value) {
        String s = stringOf(value);
        return s == null ? canonical(value) : JSON.createValue(s.toLowerCase(Locale.ROOT));
    }

    /** Keys lower-cased; a map whose keys differ only in case is left as it is, so it compares exactly. */
    private static JsonValue languageMap(JsonValue value) {
        if (!(value instanceof JsonObject map)) {
            return canonical(value);
        }
        Map<String, JsonValue> byTag = new TreeMap<>();
        map.forEach((tag, text) -> byTag.put(tag.toLowerCase(Locale.ROOT), canonical(text)));
        if (byTag.size() < map.size()) {
            return canonical(value);
        }
        JsonObjectBuilder out = JSON.createObjectBuilder();
        byTag.forEach(out::add);
        return out.build();
    }

    /** {@code mailto:} scheme (RFC 3986 §3.1) and domain (RFC 5321 §2.4) lower-cased; local part kept. */
    private static JsonValue mbox(JsonValue value) {
        String s = stringOf(value);
        String scheme = "mailto:";
        int at = s == null ? -1 : s.lastIndexOf('@');
        if (at < 0 || !s.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return canonical(value);
        }
        return JSON.createValue(scheme + s.substring(scheme.length(), at + 1)
                + s.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    // ---- helpers ----

    /** The value with object members in name order at every depth; otherwise unchanged. */
    private static JsonValue canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder out = JSON.createObjectBuilder();
            sorted(object).forEach(e -> out.add(e.getKey(), canonical(e.getValue())));
            return out.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder out = JSON.createArrayBuilder();
            array.forEach(v -> out.add(canonical(v)));
            return out.build();
        }
        return value;
    }

    private static JsonValue without(JsonObject object, String ignored) {
        JsonObjectBuilder out = JSON.createObjectBuilder();
        sorted(object).stream().filter(e -> !e.getKey().equals(ignored))
                .forEach(e -> out.add(e.getKey(), canonical(e.getValue())));
        return out.build();
    }

    private static List<Map.Entry<String, JsonValue>> sorted(JsonObject object) {
        return new ArrayList<>(new TreeMap<>(object).entrySet());
    }

    private static String stringOf(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
