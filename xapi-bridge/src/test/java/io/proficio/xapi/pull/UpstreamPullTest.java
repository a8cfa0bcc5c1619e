package io.proficio.xapi.pull;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.proficio.application.xapi.XapiUpstreamService;
import io.proficio.domain.statement.UpstreamCheckpoint;
import io.proficio.domain.statement.UpstreamSpec;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiUpstream;
import io.proficio.domain.tenant.TenantId;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.intake.StatementIntake;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One run against a real HTTP server standing in for the upstream LRS, with the application service and
 * the intake replaced by recorders: what is stored, checkpointed and recorded, in which order.
 */
class UpstreamPullTest {

    private static final String PASSWORD = "pa55-w0rd-1234";
    private static final TenantId TENANT = TenantId.generate();
    private static final Instant T = Instant.parse("2024-05-01T08:00:00.100Z");

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final RecordingService service = new RecordingService();
    private final RecordingIntake intake = new RecordingIntake();
    private final UpstreamPull pull = new UpstreamPull();
    private ScriptedLrs lrs;
    private XapiUpstream upstream;

    private void start(ScriptedLrs.Answer... script) {
        lrs = ScriptedLrs.start(script);
        upstream = new XapiUpstream("up-1", TENANT, "src-1", new UpstreamSpec("LRS", lrs.origin() + "/lrs/xapi/",
                "proficio", PASSWORD, null, null, 60, true).checked(true), "sealed", Instant.now());
        PulledStatements pulled = new PulledStatements();
        pulled.intake = intake;
        pull.upstreams = service;
        pull.pulled = pulled;
        pull.createClient();
    }

    @AfterEach
    void stop() {
        if (lrs != null) {
            lrs.close();
        }
    }

    @Test
    void storesEachPageBeforeItsCheckpointAndFollowsMoreToTheEnd() {
        start(page("/lrs/xapi/statements?p=2", s("a", 0), s("b", 5)),
                page("statements?p=3", s("c", 5)),
                page("", s("d", 9)));

        assertTrue(pull.run(upstream));

        assertEquals(List.of(
                "claim", "store [a, b]", "checkpoint b@" + T.plusMillis(5) + " +2", "store [c]",
                "checkpoint c@" + T.plusMillis(5) + " +1", "store [d]", "checkpoint d@" + T.plusMillis(9) + " +1",
                "succeeded more=false note=Optional.empty"), events);
        assertEquals(3, lrs.received().size());
        assertEquals("/lrs/xapi/statements", lrs.received().get(2).uri().getPath());
        assertEquals("p=3", lrs.received().get(2).uri().getRawQuery());
    }

    @Test
    void resumesSinceOneMillisecondBeforeTheCheckpointAndCountsOnlyNewStatements() {
        start(page("", s("b", 5), s("c", 5), s("e", 7)));
        upstream.checkpoint(T.plusMillis(5), "b", 2, Instant.now());
        intake.known.add("b");

        pull.run(upstream);

        assertEquals("since=2024-05-01T08%3A00%3A00.104Z&limit=100&ascending=true",
                lrs.received().get(0).uri().getRawQuery());
        assertTrue(events.contains("checkpoint e@" + T.plusMillis(7) + " +2"), events.toString());
    }

    @Test
    void skipsAStatementTheIntakeRefusesStoresTheRestOfItsPageAndSaysWhy() {
        start(page("", s("a", 0), s("bad-1", 1), s("c", 2)));

        pull.run(upstream);

        assertEquals("store [a, bad-1, c]", events.get(1));
        assertEquals(List.of("store [a]", "store [bad-1]", "store [c]"), events.subList(2, 5));
        assertEquals("checkpoint c@" + T.plusMillis(2) + " +2", events.get(5));
        String ended = events.get(6);
        assertTrue(ended.startsWith("succeeded more=false note=Optional[Skipped 1 statement the intake refused;"), ended);
        assertTrue(ended.contains("bad-1: 400 The actor is not valid."), ended);
    }

    @Test
    void anUpstreamFailureEndsTheRunKeepsThePagesStoredAndNeverCarriesThePassword() {
        start(page("/lrs/xapi/statements?p=2", s("a", 0)),
                ScriptedLrs.text(503, "text/plain", "Service Unavailable for proficio:" + PASSWORD));

        assertTrue(pull.run(upstream));

        assertEquals(List.of("claim", "store [a]", "checkpoint a@" + T + " +1"), events.subList(0, 3));
        assertEquals(4, events.size());
        String failed = events.get(3);
        assertTrue(failed.startsWith("failed GET http://127.0.0.1:"), failed);
        assertTrue(failed.contains("503"), failed);
        assertFalse(failed.contains(PASSWORD), failed);
    }

    @Test
    void stopsAfterFiftyPagesWithPagesLeft() {
        start(page("/lrs/xapi/statements?p=next", s("a", 0)));

        pull.run(upstream);

        assertEquals(PullPlan.MAX_PAGES, lrs.received().size());
        assertEquals("succeeded more=true note=Optional.empty", events.get(events.size() - 1));
    }

    @Test
    void anEmptyPageNeedsNoCheckpoint() {
        start(page(""));

        pull.run(upstream);

        assertEquals(List.of("claim", "succeeded more=false note=Optional.empty"), events);
    }

    @Test
    void runsNothingWhenTheClaimIsLost() {
        start(page("", s("a", 0)));
        service.claimable = false;

        assertFalse(pull.run(upstream));

        assertEquals(List.of("claim"), events);
        assertEquals(List.of(), lrs.received());
    }

    @Test
    void aFailureOfProficiosOwnIsRecordedWithACorrelationIdAndNoDetail() {
        start(page("", s("a", 0)));
        intake.broken = true;

        assertTrue(pull.run(upstream));

        String failed = events.get(events.size() - 1);
        assertTrue(failed.startsWith("failed Proficio failed while pulling (correlation id "), failed);
        assertFalse(failed.contains("database"), failed);
    }

    private static JsonObject s(String id, int millis) {
        return PullPlanTest.statement(id, T.plusMillis(millis).toString());
    }

    private static ScriptedLrs.Answer page(String more, JsonObject... statements) {
        StringBuilder body = new StringBuilder("{\"statements\":[");
        for (int i = 0; i < statements.length; i++) {
            body.append(i == 0 ? "" : ",").append(statements[i]);
        }
        return ScriptedLrs.json(200, body.append("],\"more\":\"").append(more).append("\"}").toString());
    }

    private final class RecordingService extends XapiUpstreamService {
        boolean claimable = true;

        @Override
        public Optional<Claim> claim(TenantId tenantId, String id, Instant now) {
            events.add("claim");
            return claimable ? Optional.of(new Claim(upstream, new XapiSource("src-1", tenantId, "Upstream: LRS", "xk_1",
                    "hash", now))) : Optional.empty();
        }

        @Override
        public String password(XapiUpstream pulled) {
            return PASSWORD;
        }

        @Override
        public void checkpoint(XapiUpstream run, Optional<UpstreamCheckpoint> reached, int pulledNow, Instant now) {
            events.add("checkpoint " + reached.map(c -> c.statementId() + "@" + c.stored()).orElse("none") + " +" + pulledNow);
        }

        @Override
        public void succeeded(XapiUpstream run, boolean morePending, Optional<String> note, Instant now) {
            events.add("succeeded more=" + morePending + " note=" + note);
        }

        @Override
        public void failed(XapiUpstream run, String error, Instant now) {
            events.add("failed " + error);
        }
    }

    /** Refuses statements whose id starts with "bad", and a batch holding one; knows the ids it stored. */
    private final class RecordingIntake extends StatementIntake {
        final Set<String> known = new HashSet<>();
        boolean broken;

        @Override
        public int acceptPulled(XapiSource source, List<JsonObject> statements) {
            List<String> ids = new ArrayList<>();
            statements.forEach(statement -> ids.add(statement.getString("id")));
            events.add("store " + ids);
            if (broken) {
                throw new IllegalStateException("the database is gone");
            }
            if (ids.stream().anyMatch(id -> id.startsWith("bad"))) {
                throw new XapiRejected(XapiError.STATEMENT_INVALID, "The actor is not valid.");
            }
            int before = known.size();
            known.addAll(ids);
            return known.size() - before;
        }
    }
}
