package io.proficio.xapi.document;

import io.proficio.domain.document.DocumentKind;
import jakarta.ws.rs.Path;

/** {@code /xapi/activities/profile}: documents about an activity shared by every learner (Communication §2.7). */
@Path("activities/profile")
public class ActivityProfileResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.ACTIVITY_PROFILE;
    }
}
