package io.proficio.xapi.query;

import static io.proficio.domain.xapi.StatementJson.object;
import static io.proficio.domain.xapi.StatementJson.text;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Agent's or Identified Group's Inverse Functional Identifier (xAPI 1.0.3 Data §2.4.2.3) as
 * Proficio's identifier text, the form stored with a Statement and compared by the {@code agent}
 * filter (Communication §2.1.3: "equal when the same Inverse Functional Identifier is used ... and
 * those Inverse Functional Identifiers have equal values"):
 * <ul>
 * <li>{@code mbox}: the IRI lower-cased, e.g. {@code mailto:a@example.com};
 * <li>{@code mbox_sha1sum}: {@code mbox_sha1sum:} and the hex digest lower-cased;
 * <li>{@code account}: {@code account:<homePage>|<name>}, each as sent;
 * <li>{@code openid}: {@code openid:} and the URI as sent.
 * </ul>
 * A valid Agent has exactly one IFI; should more be present, the first in that order is used, so
 * every reader picks the same one.
 */
public final class AgentIdentifier {

    /** The IFI properties, in the order one is chosen. */
    private static final List<String> PROPERTIES = List.of("mbox", "mbox_sha1sum", "account", "openid");

    private AgentIdentifier() {
    }

    /**
     * @param agentOrGroup an Agent or Group object; not {@code null} (an absent one reads as the
     *     empty object, which has no identifier)
     * @return the identifier text; empty for an Anonymous Group or an Agent without an IFI
     */
    public static Optional<String> of(JsonObject agentOrGroup) {
        return property(agentOrGroup).map(name -> switch (name) {
            case "mbox" -> text(agentOrGroup, name).orElseThrow().toLowerCase(Locale.ROOT);
            case "mbox_sha1sum" -> "mbox_sha1sum:" + text(agentOrGroup, name).orElseThrow().toLowerCase(Locale.ROOT);
            case "account" -> {
                JsonObject account = object(agentOrGroup, name);
                yield "account:" + text(account, "homePage").orElse("") + "|" + text(account, "name").orElse("");
            }
            default -> "openid:" + text(agentOrGroup, name).orElseThrow();
        });
    }

    /** The name of the IFI property {@link #of} reads, for copying that property as it was sent. */
    static Optional<String> property(JsonObject agentOrGroup) {
        return PROPERTIES.stream().filter(name -> name.equals("account")
                ? !object(agentOrGroup, name).isEmpty() : text(agentOrGroup, name).isPresent()).findFirst();
    }
}
