package io.proficio.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Jo Doe|Jo Doe",
        "Doe, Jo|`\"Doe, Jo\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "=HYPERLINK(1)|'=HYPERLINK(1)",
        "-1+2|'-1+2",
        "@SUM(A1)|'@SUM(A1)",
        "3|3"})
    void escapesFieldsAndDefusesFormulas(String value, String expected) {
        assertEquals(expected, Csv.cell(value));
    }
}
