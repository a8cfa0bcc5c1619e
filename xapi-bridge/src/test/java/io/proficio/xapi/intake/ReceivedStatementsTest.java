package io.proficio.xapi.intake;

import static io.proficio.domain.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.Verbs;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReceivedStatementsTest {

    private static final XapiSource SOURCE = new XapiSource("src", new TenantId("t"), "LRS", "xk_1", "hash", Instant.EPOCH);
    private static final String ACTOR = "\"actor\":{\"mbox\":\"mailto:a@example.com\"},";

    @Test
    void aStatementWithoutTimestampGetsItsStoredTime() {
        NewStatement prepared = prepare("{" + ACTOR + "\"verb\":{\"id\":\"http://x/v\"},\"object\":{\"id\":\"http://x/a\"}}");
        JsonObject json = read(prepared.json());
        assertEquals(json.getString("stored"), json.getString("timestamp"));
        assertEquals(prepared.storedAt(), Instant.parse(json.getString("timestamp")));
    }

    @Test
    void aTimestampSentIsKept() {
        NewStatement prepared = prepare("{" + ACTOR + "\"verb\":{\"id\":\"http://x/v\"},\"object\":{\"id\":\"http://x/a\"},"
                + "\"timestamp\":\"2020-01-01T00:00:00.123Z\"}");
        assertEquals("2020-01-01T00:00:00.123Z", read(prepared.json()).getString("timestamp"));
    }

    @Test
    void aStatementRefObjectIsKeptAsTheRefTargetAndOnlyAVoidingOneAsVoided() {
        String target = "9B1F2F6A-1D2C-4F6E-9E7B-0E5F3C2A1B00";
        NewStatement referring = prepare("{" + ACTOR + "\"verb\":{\"id\":\"http://x/v\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}");
        assertEquals(Optional.of(target.toLowerCase()), referring.refId());
        assertEquals(Optional.empty(), referring.voidsId());
        NewStatement voiding = prepare("{" + ACTOR + "\"verb\":{\"id\":\"" + Verbs.VOIDED + "\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}");
        assertEquals(Optional.of(target.toLowerCase()), voiding.refId());
        assertEquals(Optional.of(target.toLowerCase()), voiding.voidsId());
        assertEquals(Optional.empty(), prepare("{" + ACTOR + "\"verb\":{\"id\":\"http://x/v\"},\"object\":{\"id\":\"http://x/a\"}}").refId());
    }

    private static NewStatement prepare(String statement) {
        return ReceivedStatements.prepare(List.of(read(statement)), SOURCE, URI.create("https://proficio.example.com/xapi")).get(0);
    }

    private static JsonObject read(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
