package io.proficio.lti.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageKeysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://moodle.example.edu, https://moodle.example.edu",
            "https://moodle.example.edu/, https://moodle.example.edu",
            "https://moodle.example.edu/mod/lti/auth.php, https://moodle.example.edu",
            "https://sso.canvaslms.com/api/lti/post_message_forwarding?x=1#top, https://sso.canvaslms.com",
            "http://localhost:8080/lti/login, http://localhost:8080",
            "https://lms.example.com:8443, https://lms.example.com:8443",
            "https://lms.example.com:443/moodle/, https://lms.example.com:443",
            "http://[::1]:8081/path, http://[::1]:8081"
    })
    void originIsSchemeHostAndPort(String url, String origin) {
        assertEquals(origin, StorageKeys.origin(url));
    }

    @Test
    void stateKeyIsPrefixedWithTheTool() {
        assertEquals("proficio_state_Xq3-9_zT", StorageKeys.stateKey("Xq3-9_zT"));
    }

    @Test
    void stateKeysOfDifferentStatesDiffer() {
        assertNotEquals(StorageKeys.stateKey("a"), StorageKeys.stateKey("b"));
    }
}
