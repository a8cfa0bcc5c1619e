package io.proficio.xapi.document;

import io.proficio.domain.document.DocumentKind;
import jakarta.ws.rs.Path;

/** {@code /xapi/agents/profile}: documents about an agent, e.g. learner preferences, across activities (Communication §2.6). */
@Path("agents/profile")
public class AgentProfileResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.AGENT_PROFILE;
    }
}
