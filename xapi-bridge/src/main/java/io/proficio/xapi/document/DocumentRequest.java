package io.proficio.xapi.document;

import io.proficio.domain.document.DocumentAddress;
import io.proficio.domain.document.DocumentContext;
import io.proficio.domain.document.DocumentKind;
import io.proficio.domain.document.DocumentSelection;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.StatementValidator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of a request to a document resource, read and checked (xAPI 1.0.3 Communication
 * §2.3 table, §2.6, §2.7): State takes {@code activityId}, {@code agent}, {@code registration} and
 * {@code stateId}; Activity Profile {@code activityId} and {@code profileId}; Agent Profile
 * {@code agent} and {@code profileId}; a GET without the id takes {@code since}. Anything else, or a
 * required parameter missing, is 400 (Communication §3.2: parameters "the LRS does not recognize in
 * their intended context").
 */
record DocumentRequest(DocumentContext context, Optional<String> documentId, boolean registrationGiven,
                       Optional<Instant> since) {

    /** What the request does, which decides the parameters it may and must carry. */
    enum Action { READ, WRITE, DELETE }

    static DocumentRequest read(DocumentKind kind, Action action, MultivaluedMap<String, String> params) {
        String idName = idParameter(kind);
        boolean hasActivity = kind != DocumentKind.AGENT_PROFILE;
        boolean hasAgent = kind != DocumentKind.ACTIVITY_PROFILE;
        boolean hasRegistration = kind == DocumentKind.STATE;
        Optional<String> documentId = Optional.ofNullable(params.getFirst(idName));
        Set<String> allowed = new HashSet<>(Set.of(idName));
        if (hasActivity) {
            allowed.add("activityId");
        }
        if (hasAgent) {
            allowed.add("agent");
        }
        if (hasRegistration) {
            allowed.add("registration");
        }
        if (action == Action.READ && documentId.isEmpty()) {
            allowed.add("since");
        }
        params.keySet().stream().filter(name -> !allowed.contains(name)).findFirst().ifPresent(name -> {
            throw new XapiRejected(XapiError.UNKNOWN_PARAMETER,
                    "Unknown parameter " + name + " for this resource; it takes " + allowed + ".");
        });
        boolean idRequired = action == Action.WRITE || (action == Action.DELETE && kind != DocumentKind.STATE);
        if (idRequired && documentId.isEmpty()) {
            throw new XapiRejected(XapiError.PARAMETER_MISSING, idName + " is required.");
        }
        String activityId = hasActivity ? required(params, "activityId") : "";
        if (hasActivity && !StatementValidator.isIri(activityId)) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    "activityId must be an IRI (xAPI Data §4.3); it is " + activityId + ".");
        }
        String agentIfi = hasAgent ? AgentParameter.parse(required(params, "agent")).ifi() : "";
        Optional<String> registration = Optional.ofNullable(params.getFirst("registration"));
        if (registration.isPresent() && !StatementValidator.isStatementId(registration.get())) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    "registration must be a UUID; it is " + registration.get() + ".");
        }
        Optional<Instant> since = Optional.ofNullable(params.getFirst("since")).map(DocumentRequest::instant);
        DocumentContext context = new DocumentContext(kind, activityId, agentIfi,
                registration.map(r -> r.toLowerCase(Locale.ROOT)).orElse(""));
        return new DocumentRequest(context, documentId, registration.isPresent(), since);
    }

    /** The one document named. */
    DocumentAddress address() {
        return context.document(documentId.orElseThrow());
    }

    /**
     * The documents a GET lists or a DELETE clears without an id: with no {@code registration}, those
     * of every registration (Communication §2.3 "Activity + Agent [+ registration if specified]").
     */
    DocumentSelection selection() {
        return new DocumentSelection(context, registrationGiven, since);
    }

    private static String idParameter(DocumentKind kind) {
        return kind == DocumentKind.STATE ? "stateId" : "profileId";
    }

    private static String required(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        if (value == null || value.isEmpty()) {
            throw new XapiRejected(XapiError.PARAMETER_MISSING, name + " is required.");
        }
        return value;
    }

    private static Instant instant(String text) {
        if (!StatementValidator.isTimestamp(text)) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    "since must be an ISO 8601 timestamp with a time zone; it is " + text + ".");
        }
        // ISO 8601 also allows +hhmm and +hh offsets, which java.time's ISO parser does not read.
        String extended = text.toUpperCase(Locale.ROOT).replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")
                .replaceFirst("([+-]\\d{2})$", "$1:00");
        return OffsetDateTime.parse(extended).toInstant();
    }
}
