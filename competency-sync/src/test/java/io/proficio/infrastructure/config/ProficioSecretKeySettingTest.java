package io.proficio.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code proficio.secret.key} ({@code PROFICIO_SECRET_KEY}) as {@link ProficioSettings#from} reads it. */
class ProficioSecretKeySettingTest {

    /** 32 bytes in base64url, without padding: 43 characters. */
    private static final String KEY = "q8Jz3wV9-Xr0tB_yNf6LkP2sDh7mGc4aUe1oRi5vWjY";

    /** A Config of string values only, as environment variables and system properties give them. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            if (type != String.class) {
                throw new IllegalArgumentException("Only strings here, not " + type);
            }
            return Optional.ofNullable(values.get(name)).map(type::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new IllegalArgumentException();
        }
    }

    private static ProficioSettings read(Map<String, String> values) {
        return ProficioSettings.from(new MapConfig(values));
    }

    @Test
    void hasNoKeyWhenNoneIsSet() {
        assertNull(read(Map.of()).secretKey());
    }

    @Test
    void treatsABlankKeyAsNotSet() {
        assertNull(read(Map.of(ProficioSettings.SECRET_KEY, "   ")).secretKey());
    }

    static Stream<Arguments> acceptedKeys() {
        return Stream.of(
                arguments("43 base64url characters", KEY, KEY),
                arguments("padded as openssl and tr make it", KEY + "=", KEY + "="),
                arguments("with surrounding white space", " " + KEY + "\n", KEY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedKeys")
    void acceptsA256BitBase64urlKey(String form, String setting, String expected) {
        assertEquals(expected, read(Map.of(ProficioSettings.SECRET_KEY, setting)).secretKey());
    }

    static Stream<Arguments> malformedKeys() {
        return Stream.of(
                arguments("too short", KEY.substring(1)),
                arguments("too long", KEY + "A"),
                arguments("base64 rather than base64url", "q8Jz3wV9+Xr0tB/yNf6LkP2sDh7mGc4aUe1oRi5vWjY"),
                arguments("double padding", KEY + "=="),
                arguments("a passphrase", "correct horse battery staple"),
                arguments("hex", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
                arguments("a space inside", KEY.substring(0, 20) + " " + KEY.substring(21)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedKeys")
    void refusesAMalformedKeyWithoutRepeatingIt(String form, String setting) {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> read(Map.of(ProficioSettings.SECRET_KEY, setting)));

        assertTrue(refusal.getMessage().startsWith("Proficio cannot start: "), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("PROFICIO_SECRET_KEY must be 32 random bytes in base64url"),
                refusal.getMessage());
        assertFalse(refusal.getMessage().contains(setting.strip()), "the refusal repeats the secret");
    }

    @Test
    void namesAMalformedKeyAlongWithTheOtherWrongSettings() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class, () -> read(Map.of(
                ProficioSettings.SECRET_KEY, "too-short",
                ProficioSettings.DB_URL, "jdbc:mysql://db/proficio")));

        assertTrue(refusal.getMessage().contains("PROFICIO_DB_URL"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("PROFICIO_SECRET_KEY"), refusal.getMessage());
    }
}
