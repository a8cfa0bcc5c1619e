import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The last step of `mvn -Prun`: waits until Proficio's /health says UP, then prints where to go.
 * The bootstrap token is printed when the application wrote it during this run (its first start);
 * afterwards only the file that holds it is named. Run as a single-file program: java ReadyCheck.java.
 *
 * Arguments: the command that stops Proficio (printed for the user).
 */
public class ReadyCheck {

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now().minusSeconds(120);
        String baseUrl = env("PROFICIO_BASE_URL", "http://localhost:8080").replaceAll("/+$", "");
        // The same default as ProficioSettings: the application decides, this only finds the file.
        Path dataDir = Path.of(env("PROFICIO_DATA_DIR", System.getProperty("user.home") + "/.proficio"));
        String health = waitForHealth(URI.create("http://localhost:8080/health"), Duration.ofMinutes(3));

        System.out.println();
        System.out.println("Proficio is running.");
        System.out.println("  Home:     " + baseUrl + "/");
        System.out.println("  REST API: " + baseUrl + "/api/v1   (described at " + baseUrl + "/openapi)");
        System.out.println("  Health:   " + baseUrl + "/health   " + health);
        System.out.println("  LTI 1.3:  login " + baseUrl + "/lti/login, launch " + baseUrl + "/lti/launch, keys "
                + baseUrl + "/lti/jwks");
        System.out.println("  xAPI:     " + baseUrl + "/xapi/about");
        System.out.println("  Data:     " + dataDir.toAbsolutePath());
        Path tokenFile = dataDir.resolve("bootstrap-token");
        if (Files.exists(tokenFile) && Files.getLastModifiedTime(tokenFile).toInstant().isAfter(started)) {
            System.out.println();
            System.out.println("  First start: the default tenant and its bootstrap admin token (shown this once):");
            System.out.println("    " + Files.readString(tokenFile).strip());
            System.out.println("  Try: curl -H \"Authorization: Bearer $(cat " + tokenFile + ")\" " + baseUrl + "/api/v1/frameworks");
        } else {
            System.out.println("  Bootstrap admin token: in " + tokenFile);
        }
        System.out.println();
        System.out.println("  Stop with: " + (args.length > 0 ? args[0] : "mvn -N -Pstop validate"));
        System.out.println();
    }

    private static String waitForHealth(URI health, Duration patience) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(patience);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
                if (response.statusCode() == 200 && response.body().contains("proficio-database")) {
                    return "UP";
                }
            } catch (java.io.IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        System.err.println("Proficio did not become ready within " + patience.toMinutes() + " minutes: " + last);
        System.err.println("See the server log: .run/payara6/glassfish/domains/domain1/logs/server.log");
        System.exit(1);
        return last;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
