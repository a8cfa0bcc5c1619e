package io.proficio.xapi.attachment;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Attachment object of a Statement (xAPI 1.0.3 Data §2.4.11) and where it sits. A SubStatement
 * "MUST be validated as a Statement" (Data §2.4.4.3.s8.b2) and is not forbidden {@code attachments};
 * Data §2.4.11 only recommends putting a SubStatement's Attachments in the Statement's. So the
 * Attachments of a SubStatement count as the request's too, at {@code /object/attachments/<i>}.
 * Entries that are not objects are skipped: the Statement validator reports them.
 *
 * @param pointer RFC 6901 pointer to the object inside its Statement, e.g. {@code /attachments/0}
 * @param json the Attachment object
 */
record AttachmentObject(String pointer, JsonObject json) {

    /** The Statement's own Attachments and its SubStatement's, in that order. */
    static List<AttachmentObject> in(JsonObject statement) {
        List<AttachmentObject> found = new ArrayList<>(ownedBy(statement));
        if (statement.get("object") instanceof JsonObject object
                && object.get("objectType") instanceof JsonString type && type.getString().equals("SubStatement")) {
            found.addAll(at(object, "/object/attachments"));
        }
        return found;
    }

    /** The Statement's own Attachments, not its SubStatement's. */
    static List<AttachmentObject> ownedBy(JsonObject statement) {
        return at(statement, "/attachments");
    }

    private static List<AttachmentObject> at(JsonObject holder, String pointer) {
        List<AttachmentObject> found = new ArrayList<>();
        if (holder.get("attachments") instanceof JsonArray attachments) {
            for (int i = 0; i < attachments.size(); i++) {
                if (attachments.get(i) instanceof JsonObject attachment) {
                    found.add(new AttachmentObject(pointer + "/" + i, attachment));
                }
            }
        }
        return found;
    }

    /** The {@code sha2}, lower-cased so that it compares with a part's hash by value. */
    Optional<String> sha2() {
        return text("sha2").map(hash -> hash.toLowerCase(Locale.ROOT));
    }

    boolean hasFileUrl() {
        return text("fileUrl").isPresent();
    }

    Optional<String> text(String property) {
        JsonValue value = json.get(property);
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }
}
