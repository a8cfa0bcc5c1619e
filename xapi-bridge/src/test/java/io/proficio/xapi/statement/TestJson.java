package io.proficio.xapi.statement;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Test helpers: JSON written with single quotes for readable tables, and violation locations. */
final class TestJson {

    private TestJson() {
    }

    /** Parses JSON in which {@code '} stands for {@code "} (no test value needs a literal quote). */
    static JsonValue json(String singleQuoted) {
        try (JsonReader reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    /** "index:pointer" for each violation, for exact comparison with a table's expectation. */
    static Set<String> locations(List<StatementViolation> violations) {
        return violations.stream().map(v -> v.statementIndex() + ":" + v.pointer())
                .collect(Collectors.toSet());
    }
}
