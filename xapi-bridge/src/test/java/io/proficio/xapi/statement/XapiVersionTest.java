package io.proficio.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XapiVersionTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(nullValues = "NONE", value = {
        "1.0, V1_0_3", "1.0.0, V1_0_3", "1.0.3, V1_0_3", "1.0.12, V1_0_3", "' 1.0.3 ', V1_0_3",
        "2.0, V2_0_0", "2.0.0, V2_0_0", "2.0.7, V2_0_0",
        "1, NONE", "1.1, NONE", "1.0., NONE", "1.0.x, NONE", "0.95, NONE", "2.1.0, NONE",
        "'', NONE", "NONE, NONE", "1.0.3.1, NONE", "v1.0.3, NONE"})
    void mapsHeaderToSupportedVersionOnly(String header, XapiVersion expected) {
        assertEquals(Optional.ofNullable(expected), XapiVersion.fromHeader(header));
    }
}
