package io.proficio.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violation;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void refusalsKeepTheirCodeDetailAndPointers() {
        ProficioException refusal = new ProficioException(ErrorCode.DANGLING_REFERENCE, "points nowhere",
                List.of(new Violation("/CFAssociations/3/originNodeURI/identifier", "points nowhere")));
        JsonObject body = ProblemMapper.problemFor(new RuntimeException("wrapped", refusal)).toJSONObject();

        assertEquals("urn:proficio:problem:dangling-reference", body.getString("type"));
        assertEquals(422, body.getInt("status"));
        assertEquals("dangling-reference", body.getString("code"));
        assertEquals("/CFAssociations/3/originNodeURI/identifier",
                body.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void aUniqueConstraintRaceIsAConflictNotAServerFault() {
        Problem problem = ProblemMapper.problemFor(new RuntimeException(new SQLException("duplicate key", "23505")));
        assertEquals(409, problem.status());
        assertEquals(ErrorCode.CONFLICT, problem.code());
    }

    @Test
    void ourOwnFaultsGetACorrelationIdAndNoInternals() {
        Problem problem = ProblemMapper.problemFor(new IllegalStateException("secret internal detail"));
        JsonObject body = problem.toJSONObject();
        assertEquals(500, problem.status());
        assertNotNull(problem.correlationId());
        assertFalse(body.toString().contains("secret internal detail"));
        assertNull(problem.code());
    }
}
