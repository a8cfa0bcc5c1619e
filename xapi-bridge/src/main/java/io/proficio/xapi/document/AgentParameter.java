package io.proficio.xapi.document;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.query.AgentIdentifier;
import io.proficio.xapi.statement.StatementValidator;
import io.proficio.xapi.statement.StatementViolation;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** The {@code agent} parameter of the document and Agents resources: an Agent as JSON (Communication §2.3, §2.4, §2.6). */
record AgentParameter(JsonObject agent, String ifi) {

    static AgentParameter parse(String json) {
        JsonValue value;
        try {
            value = JSON.createReader(new StringReader(json)).readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID, "agent must be an Agent as JSON: " + e.getMessage());
        }
        List<StatementViolation> problems = StatementValidator.validateAgent(value);
        if (!problems.isEmpty()) {
            throw new XapiRejected(XapiError.PARAMETER_INVALID,
                    "agent is not a valid Agent: " + problems.get(0).pointer() + " "
                    + problems.get(0).message(), problems);
        }
        return new AgentParameter(value.asJsonObject(), AgentIdentifier.of(value.asJsonObject()).orElseThrow());
    }
}
