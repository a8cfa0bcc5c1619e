package io.proficio.domain.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector published with the Standard Webhooks specification and its reference libraries. */
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void reproducesTheSpecificationsTestVector() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void signsWithEverySecretDuringARotation() {
        String next = WebhookSignature.newSecret();

        String header = WebhookSignature.header(List.of(next, SECRET), ID, TIMESTAMP, BODY);

        assertEquals(WebhookSignature.sign(next, ID, TIMESTAMP, BODY) + " v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                header);
    }

    @Test
    void aChangedBodyOrTimestampChangesTheSignature() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertNotEquals(signature, WebhookSignature.sign(SECRET, ID, TIMESTAMP + 1, BODY));
        assertNotEquals(signature, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY + " "));
    }

    @Test
    void newSecretsCarryThePrefixAnd32RandomBytes() {
        String secret = WebhookSignature.newSecret();

        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignature.newSecret());
    }
}
