package io.proficio.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.proficio.infrastructure.config.ProficioSettings;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the installation's secret key is found. {@code seal} and {@code open} read the settings through
 * MicroProfile Config, which a unit test has not got; the system tests cover them.
 */
class SecretBoxTest {

    /** 32 bytes 0, 1, …, 31. */
    private static final byte[] BYTES = bytes(32);
    private static final String KEY = Base64.getUrlEncoder().withoutPadding().encodeToString(BYTES);

    @TempDir
    Path dataDir;

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        IntStream.range(0, length).forEach(i -> bytes[i] = (byte) i);
        return bytes;
    }

    private static ProficioSettings settings(Path dataDir, String secretKey) {
        return new ProficioSettings(dataDir, null, "", "", URI.create("https://proficio.example.com"), false, secretKey,
                ProficioSettings.DEFAULT_XAPI_DOCUMENT_MAX_BYTES);
    }

    static Stream<Arguments> configuredKeys() {
        return Stream.of(
                arguments("43 base64url characters", KEY),
                arguments("with the padding openssl writes", KEY + "="),
                arguments("with surrounding white space", "  " + KEY + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configuredKeys")
    void usesTheConfiguredKeyAsA256BitAesKey(String form, String secretKey) {
        SecretKey key = SecretBox.load(settings(dataDir, secretKey));

        assertEquals("AES", key.getAlgorithm());
        assertArrayEquals(BYTES, key.getEncoded());
    }

    @Test
    void readsBase64urlNotBase64() {
        byte[] awkward = new byte[32];
        Arrays.fill(awkward, (byte) 0xFB);
        String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(awkward);
        assertTrue(urlSafe.contains("-") || urlSafe.contains("_"), urlSafe);

        assertArrayEquals(awkward, SecretBox.load(settings(dataDir, urlSafe)).getEncoded());
    }

    @Test
    void leavesTheDataDirectoryAloneWhenAKeyIsConfigured() throws Exception {
        SecretBox.load(settings(dataDir, KEY));

        assertFalse(Files.exists(dataDir.resolve("secret.key")));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {16, 31, 33, 64})
    void refusesAConfiguredKeyOfAnotherLength(int length) {
        String secretKey = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(length));

        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> SecretBox.load(settings(dataDir, secretKey)));
        assertEquals("The secret key must be 32 bytes; it is " + length, refusal.getMessage());
    }

    @Test
    void createsAKeyFileInTheDataDirectoryWhenNoKeyIsConfigured() throws Exception {
        SecretKey key = SecretBox.load(settings(dataDir, null));

        Path file = dataDir.resolve("secret.key");
        assertTrue(Files.isRegularFile(file));
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(text.matches("[A-Za-z0-9_-]{43}\n"), text);
        assertArrayEquals(Base64.getUrlDecoder().decode(text.strip()), key.getEncoded());
        assertEquals(32, key.getEncoded().length);
    }

    @Test
    void makesTheKeyFileReadableByItsOwnerOnly() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));

        SecretBox.load(settings(dataDir, null));

        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("secret.key"))));
    }

    @Test
    void readsTheSameKeyBackOnTheNextStart() {
        SecretKey first = SecretBox.load(settings(dataDir, null));
        SecretKey second = SecretBox.load(settings(dataDir, null));

        assertArrayEquals(first.getEncoded(), second.getEncoded());
    }

    @Test
    void makesADifferentKeyForEachInstallation(@TempDir Path otherDataDir) {
        SecretKey one = SecretBox.load(settings(dataDir, null));
        SecretKey other = SecretBox.load(settings(otherDataDir, null));

        assertFalse(Arrays.equals(one.getEncoded(), other.getEncoded()));
    }

    @Test
    void readsAKeyFileAnOperatorWrote() throws Exception {
        Files.writeString(dataDir.resolve("secret.key"), KEY + "=\n", StandardCharsets.US_ASCII);

        assertArrayEquals(BYTES, SecretBox.load(settings(dataDir, null)).getEncoded());
    }

    @Test
    void prefersTheConfiguredKeyToTheKeyFile() throws Exception {
        SecretBox.load(settings(dataDir, null));

        assertArrayEquals(BYTES, SecretBox.load(settings(dataDir, KEY)).getEncoded());
    }

    @Test
    void refusesAKeyFileOfTheWrongLength() throws Exception {
        Files.writeString(dataDir.resolve("secret.key"),
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(16)), StandardCharsets.US_ASCII);

        assertThrows(IllegalStateException.class, () -> SecretBox.load(settings(dataDir, null)));
    }

    @Test
    void saysWhichFileItCouldNotMake() {
        Path missing = dataDir.resolve("not-made-yet");

        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> SecretBox.load(settings(missing, null)));
        assertTrue(failure.getMessage().contains(missing.resolve("secret.key").toString()), failure.getMessage());
    }
}
