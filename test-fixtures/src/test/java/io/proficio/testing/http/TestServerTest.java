package io.proficio.testing.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The skeleton of the doubles, driven with the JDK's HTTP client. */
class TestServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(URI uri, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void letsARouteReadTheBodyAsOftenAsItLikes() throws Exception {
        try (TestServer server = TestServer.named("echo").threads(2)
                .route("/echo", exchange -> TestServer.send(exchange, 200, "text/plain",
                        TestServer.body(exchange) + "|" + TestServer.body(exchange)))
                .start()) {
            HttpResponse<String> answer = post(server.origin().resolve("/echo"), "hello");

            assertEquals(200, answer.statusCode());
            assertEquals("hello|hello", answer.body());
        }
    }

    @Test
    void recordsEveryRequestOnAnyPathWithItsTargetAsSent() throws Exception {
        try (TestServer server = TestServer.named("recorder").recordingRequests()
                .route("/known", exchange -> TestServer.sendEmpty(exchange, 204)).start()) {
            post(server.origin().resolve("/known?q=a%20b"), "one");
            HttpResponse<String> unknown = post(server.origin().resolve("/unknown"), "two");

            assertEquals(404, unknown.statusCode());
            List<TestServer.Received> requests = server.requests();
            assertEquals(List.of(server.origin() + "/known?q=a%20b"),
                    requests.stream().map(request -> request.uri().toString()).toList());
            assertEquals("one", requests.get(0).body());
            assertEquals("POST", requests.get(0).method());
        }
    }

    @Test
    void answers500WithTheReasonWhenARouteFails() throws Exception {
        try (TestServer server = TestServer.named("failing").route("/", exchange -> {
            throw new IllegalStateException("broken on purpose");
        }).start()) {
            HttpResponse<String> answer = post(server.origin().resolve("/anything"), "");

            assertEquals(500, answer.statusCode());
            assertTrue(answer.body().contains("broken on purpose"), answer.body());
        }
    }

    @Test
    void saysConnectionCloseWhenBuiltToCloseConnections() throws Exception {
        try (TestServer server = TestServer.named("closing").closingConnections()
                .route("/", exchange -> TestServer.sendText(exchange, 200, "ok")).start()) {
            HttpResponse<String> answer = post(server.origin().resolve("/"), "");

            assertEquals(Optional.of("close"), answer.headers().firstValue("Connection"));
        }
    }
}
