package io.proficio.bench;

import static io.proficio.bench.BenchApi.array;
import static io.proficio.bench.BenchApi.object;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The statements every xAPI benchmark posts: {@code learners} learners (by {@code mbox}) pass, complete,
 * fail or experience activities of twenty courses, with a registration, a timestamp and, but for
 * {@code experienced}, a scored result. In Proficio courses 0..9 are aligned to a competency each by
 * activity-IRI prefix, so half the statements become evidence and half match no alignment.
 */
final class XapiWorkload {

    /** Looked up once: each Json.create* call looks the provider up again, which cost this client more than the server. */
    static final JsonProvider JSON = JsonProvider.provider();

    private static final String ACTIVITIES = "https://bench.proficio.test/course-";
    private static final String[] VERBS = {"http://adlnet.gov/expapi/verbs/passed",
        "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/failed",
        "http://adlnet.gov/expapi/verbs/experienced"};
    private static final int COURSES = 20;

    private final int learners;

    XapiWorkload(int learners) {
        this.learners = learners;
    }

    /** Aligns courses 0..9 of a new 20-competency framework in the API's current tenant, one competency each. */
    static void alignHalfTheCourses(BenchApi api) throws IOException, InterruptedException {
        String framework = object(api.call("POST", "/api/v1/frameworks", BenchApi.caseFramework(COURSES), 201))
                .getString("id");
        List<JsonObject> competencies = array(api.call("GET", "/api/v1/competencies?limit=200&frameworkId=" + framework,
                null, 200)).getValuesAs(JsonObject.class);
        for (int course = 0; course < COURSES / 2; course++) {
            api.call("POST", "/api/v1/alignments", JSON.createObjectBuilder()
                    .add("competencyId", competencies.get(course).getString("id")).add("level", 3)
                    .add("content", JSON.createObjectBuilder().add("type", "xapi-activity-prefix")
                            .add("ref", ACTIVITIES + course + "/"))
                    .build(), 201);
        }
    }

    /** A JSON array of {@code size} statements with the given ids. */
    String batch(Random random, List<String> ids) {
        JsonArrayBuilder batch = JSON.createArrayBuilder();
        ids.forEach(id -> batch.add(statement(random, id)));
        return batch.build().toString();
    }

    private JsonObject statement(Random random, String id) {
        int learner = random.nextInt(learners);
        String verb = VERBS[random.nextInt(VERBS.length)];
        JsonObjectBuilder statement = JSON.createObjectBuilder().add("id", id)
                .add("actor", JSON.createObjectBuilder().add("objectType", "Agent").add("name", "Learner " + learner)
                        .add("mbox", "mailto:learner-" + learner + "@bench.proficio.test"))
                .add("verb", JSON.createObjectBuilder().add("id", verb)
                        .add("display", JSON.createObjectBuilder().add("en-US", verb.substring(verb.lastIndexOf('/') + 1))))
                .add("object", JSON.createObjectBuilder().add("objectType", "Activity")
                        .add("id", ACTIVITIES + random.nextInt(COURSES) + "/activity-" + random.nextInt(50))
                        .add("definition", JSON.createObjectBuilder()
                                .add("name", JSON.createObjectBuilder().add("en-US", "Benchmark activity"))))
                .add("context", JSON.createObjectBuilder().add("registration", UUID.randomUUID().toString()))
                .add("timestamp", Instant.now().toString());
        if (!verb.endsWith("experienced")) {
            double scaled = Math.round(random.nextDouble() * 100) / 100.0;
            statement.add("result", JSON.createObjectBuilder().add("success", !verb.endsWith("failed"))
                    .add("completion", true).add("score", JSON.createObjectBuilder().add("scaled", scaled)));
        }
        return statement.build();
    }
}
