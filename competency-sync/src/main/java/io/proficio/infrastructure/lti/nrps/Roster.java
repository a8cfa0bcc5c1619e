package io.proficio.infrastructure.lti.nrps;

import io.proficio.infrastructure.lti.Fields;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A context's membership container (Names and Role Provisioning Services 2.0 §2), all pages joined
 * in the order the platform returned them.
 *
 * @param contextId    the LTI context id; never null
 * @param contextTitle the context's title, which the platform may leave out
 * @param members      the members, active or not; never null
 */
public record Roster(String contextId, Optional<String> contextTitle, List<Member> members) {

    public Roster {
        Objects.requireNonNull(contextId, "contextId");
        Objects.requireNonNull(contextTitle, "contextTitle");
        members = List.copyOf(members);
    }

    /** One page of a membership container. */
    static Roster parse(JsonValue body) {
        JsonObject container = Fields.object(body, "membership container");
        JsonObject context = Fields.object(container.get("context"), "context");
        List<Member> members = Fields.array(container.getOrDefault("members", JsonValue.EMPTY_JSON_ARRAY), "members")
                .stream()
                .map(member -> Member.parse(Fields.object(member, "member")))
                .toList();
        return new Roster(Fields.string(context, "id"), Fields.optionalString(context, "title"), members);
    }
}
