package io.proficio.domain.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void generatedTokensArePfFollowedBy43Base64UrlCharacters() {
        for (int i = 0; i < 50; i++) {
            String value = TokenSecret.generate().value();

            assertTrue(value.startsWith("pf_"), value);
            assertEquals(46, value.length(), value);
            assertTrue(value.substring(3).matches("[A-Za-z0-9_-]{43}"), value);
        }
    }

    @Test
    void generatedTokensAreUnique() {
        Set<String> values = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            TokenSecret secret = TokenSecret.generate();
            values.add(secret.value());
            hashes.add(secret.hash());
        }

        assertEquals(1000, values.size());
        assertEquals(1000, hashes.size());
    }

    @Test
    void hashIsTheLowercaseHexSha256OfTheToken() {
        assertEquals("5753113decbb50358b6f07c3615826573aa182fe4c72d150409007df3cf62537",
                new TokenSecret("pf_test").hash());
    }

    @Test
    void hashIs64HexCharactersAndStable() {
        TokenSecret secret = TokenSecret.generate();

        String hash = secret.hash();

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, secret.hash());
        assertEquals(hash, new TokenSecret(secret.value()).hash());
        assertNotEquals(hash, secret.value());
    }

    @Test
    void differentTokensHashDifferently() {
        assertNotEquals(new TokenSecret("pf_a").hash(), new TokenSecret("pf_b").hash());
    }

    @Test
    void toStringDoesNotRevealTheSecret() {
        TokenSecret secret = TokenSecret.generate();

        String shown = secret.toString();

        assertFalse(shown.contains(secret.value()), shown);
        assertFalse(shown.contains(secret.value().substring(10)), shown);
        assertFalse(shown.contains(secret.hash()), shown);
        assertEquals(secret.displayPrefix() + "…", shown);
    }

    @Test
    void displayPrefixIsTheFirstTenCharacters() {
        TokenSecret secret = new TokenSecret("pf_abcdefghijklmnop");

        assertEquals("pf_abcdefg", secret.displayPrefix());
    }
}
