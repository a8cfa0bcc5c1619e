package io.proficio.xapi.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attachment metadata in a Statement (xAPI 1.0.3 Data §2.4.11). The attachment bodies travel in
 * the multipart request and are matched by {@code sha2} elsewhere; this class checks only the JSON.
 */
final class AttachmentRules {

    private static final Set<String> PROPERTIES = Set.of("usageType", "display", "description",
            "contentType", "length", "sha2", "fileUrl");
    private static final List<String> REQUIRED = List.of("usageType", "display", "contentType", "length", "sha2");
    /** RFC 6838 §4.2 type "/" subtype, optionally followed by parameters. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][\\w!#$&^.+-]*/[A-Za-z0-9][\\w!#$&^.+-]*(\\s*;.*)?");
    /** Hex of a SHA-224, SHA-256, SHA-384 or SHA-512 digest. */
    private static final Pattern SHA2_HEX =
            Pattern.compile("[0-9a-fA-F]{56}|[0-9a-fA-F]{64}|[0-9a-fA-F]{96}|[0-9a-fA-F]{128}");

    private AttachmentRules() {
    }

    static void attachments(JsonValue value, String pointer, Violations out) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(pointer, "must be an array of attachments");
            return;
        }
        JsonArray attachments = value.asJsonArray();
        for (int i = 0; i < attachments.size(); i++) {
            String itemPointer = Violations.at(pointer, i);
            out.object(attachments.get(i), itemPointer).ifPresent(attachment -> {
                out.onlyProperties(attachment, itemPointer, PROPERTIES);
                REQUIRED.forEach(key -> out.required(attachment, itemPointer, key));
                out.iri(attachment, itemPointer, "usageType");
                out.languageMap(attachment, itemPointer, "display");
                out.languageMap(attachment, itemPointer, "description");
                out.string(attachment, itemPointer, "contentType").filter(t -> !MEDIA_TYPE.matcher(t).matches())
                        .ifPresent(t -> out.add(Violations.at(itemPointer, "contentType"),
                                "must be an Internet media type"));
                out.number(attachment, itemPointer, "length")
                        .filter(n -> !n.isIntegral() || n.bigDecimalValue().signum() < 0)
                        .ifPresent(n -> out.add(Violations.at(itemPointer, "length"),
                                "must be a non-negative integer"));
                out.string(attachment, itemPointer, "sha2").filter(h -> !SHA2_HEX.matcher(h).matches())
                        .ifPresent(h -> out.add(Violations.at(itemPointer, "sha2"),
                                "must be the hex SHA-2 digest of the attachment"));
                out.iri(attachment, itemPointer, "fileUrl");
            });
        }
    }
}
