package io.proficio.xapi.document;

import io.proficio.domain.document.DocumentKind;
import jakarta.ws.rs.Path;

/** {@code /xapi/activities/state}: a learner's state in an activity, e.g. a SCORM wrapper's bookmark and suspend data (Communication §2.3). */
@Path("activities/state")
public class StateResource extends DocumentResource {

    @Override
    protected DocumentKind kind() {
        return DocumentKind.STATE;
    }
}
