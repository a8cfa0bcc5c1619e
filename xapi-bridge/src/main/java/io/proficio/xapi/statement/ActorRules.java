package io.proficio.xapi.statement;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agents and Groups (xAPI 1.0.3 Data §2.4.2): the Statement's actor, authority, an Agent/Group
 * object, and the context's instructor and team. An Agent has exactly one Inverse Functional
 * Identifier (IFI, §2.4.2.3); an anonymous Group has members and no IFI; an identified Group has
 * exactly one IFI and optional members (§2.4.2.2). Group members are Agents only.
 */
final class ActorRules {

    static final String AGENT = "Agent";
    static final String GROUP = "Group";

    private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> AGENT_PROPERTIES =
            Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_PROPERTIES =
            Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

    private ActorRules() {
    }

    /** An Agent or a Group, told apart by {@code objectType} (absent means Agent). */
    static void agentOrGroup(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(actor -> {
            Optional<String> type = out.string(actor, pointer, "objectType");
            if (type.isEmpty() || type.get().equals(AGENT)) {
                checkAgent(actor, pointer, out);
            } else if (type.get().equals(GROUP)) {
                checkGroup(actor, pointer, out);
            } else {
                out.add(Violations.at(pointer, "objectType"), "must be 'Agent' or 'Group'");
            }
        });
    }

    /**
     * A supplied {@code authority} (Data §2.4.9): an Agent, or, for OAuth 1.0 three-legged, an anonymous
     * Group of exactly two Agents (the application and the user). Checked before the LRS sets its own.
     */
    static void authority(JsonValue value, String pointer, Violations out) {
        agentOrGroup(value, pointer, out);
        if (value instanceof JsonObject authority && authority.get("objectType") instanceof JsonString type
                && GROUP.equals(type.getString())) {
            boolean anonymous = IFIS.stream().noneMatch(authority::containsKey);
            JsonValue members = authority.get("member");
            int count = members != null && members.getValueType() == JsonValue.ValueType.ARRAY
                    ? members.asJsonArray().size() : 0;
            if (!anonymous || count != 2) {
                out.add(pointer, "a Group as authority must be anonymous with exactly two Agents (OAuth 1.0"
                        + " three-legged: the application and the user), Data §2.4.9");
            }
        }
    }

    /** An Agent only; {@code objectType} may be omitted (§2.4.2.1). */
    static void agent(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(agent -> {
            out.string(agent, pointer, "objectType").filter(t -> !t.equals(AGENT))
                    .ifPresent(t -> out.add(Violations.at(pointer, "objectType"), "must be 'Agent'"));
            checkAgent(agent, pointer, out);
        });
    }

    /** A Group only; {@code objectType} "Group" is required (§2.4.2.2). */
    static void group(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(group -> {
            if (out.required(group, pointer, "objectType")) {
                out.string(group, pointer, "objectType").filter(t -> !t.equals(GROUP))
                        .ifPresent(t -> out.add(Violations.at(pointer, "objectType"), "must be 'Group'"));
            }
            checkGroup(group, pointer, out);
        });
    }

    private static void checkAgent(JsonObject agent, String pointer, Violations out) {
        out.onlyProperties(agent, pointer, AGENT_PROPERTIES);
        out.string(agent, pointer, "name");
        long ifis = checkIfis(agent, pointer, out);
        if (ifis != 1) {
            out.add(pointer, "an Agent must have exactly one of mbox, mbox_sha1sum, openid, account; found "
                    + ifis);
        }
    }

    private static void checkGroup(JsonObject group, String pointer, Violations out) {
        out.onlyProperties(group, pointer, GROUP_PROPERTIES);
        out.string(group, pointer, "name");
        long ifis = checkIfis(group, pointer, out);
        if (ifis > 1) {
            out.add(pointer, "an identified Group must have exactly one inverse functional identifier; found "
                    + ifis);
        }
        JsonValue members = group.get("member");
        String membersPointer = Violations.at(pointer, "member");
        if (members == null) {
            if (ifis == 0) {
                out.add(membersPointer, "an anonymous Group must list its members");
            }
            return;
        }
        if (members.getValueType() != JsonValue.ValueType.ARRAY) {
            out.add(membersPointer, "must be an array of Agents");
            return;
        }
        if (ifis == 0 && members.asJsonArray().isEmpty()) {
            out.add(membersPointer, "an anonymous Group must have at least one member");
        }
        for (int i = 0; i < members.asJsonArray().size(); i++) {
            agent(members.asJsonArray().get(i), Violations.at(membersPointer, i), out);
        }
    }

    /** Checks the format of each IFI present and returns how many there are. */
    private static long checkIfis(JsonObject actor, String pointer, Violations out) {
        out.string(actor, pointer, "mbox").filter(s -> !Formats.isMailtoIri(s))
                .ifPresent(s -> out.add(Violations.at(pointer, "mbox"), "must be a mailto: IRI"));
        out.string(actor, pointer, "mbox_sha1sum").filter(s -> !Formats.isSha1Hex(s))
                .ifPresent(s -> out.add(Violations.at(pointer, "mbox_sha1sum"),
                        "must be 40 hexadecimal digits"));
        out.string(actor, pointer, "openid").filter(s -> !Formats.isAbsoluteUri(s))
                .ifPresent(s -> out.add(Violations.at(pointer, "openid"), "must be an absolute URI"));
        JsonValue account = actor.get("account");
        if (account != null) {
            account(account, Violations.at(pointer, "account"), out);
        }
        return IFIS.stream().filter(actor::containsKey).count();
    }

    /** An Account (§2.4.2.4): {@code homePage} IRL and {@code name}, both required. */
    private static void account(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(account -> {
            out.onlyProperties(account, pointer, ACCOUNT_PROPERTIES);
            if (out.required(account, pointer, "homePage")) {
                out.iri(account, pointer, "homePage");
            }
            if (out.required(account, pointer, "name")) {
                out.string(account, pointer, "name");
            }
        });
    }
}
