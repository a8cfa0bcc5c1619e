package io.proficio.xapi.statement;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The Result (xAPI 1.0.3 Data §2.4.5) and its Score (§2.4.5.1): {@code scaled} in [-1, 1],
 * {@code min} &lt; {@code max}, {@code raw} within them; {@code duration} an ISO 8601 duration
 * (§4.6).
 */
final class ResultRules {

    private static final Set<String> PROPERTIES =
            Set.of("score", "success", "completion", "response", "duration", "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private ResultRules() {
    }

    static void result(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(result -> {
            out.onlyProperties(result, pointer, PROPERTIES);
            JsonValue score = result.get("score");
            if (score != null) {
                score(score, Violations.at(pointer, "score"), out);
            }
            out.bool(result, pointer, "success");
            out.bool(result, pointer, "completion");
            out.string(result, pointer, "response");
            out.string(result, pointer, "duration").filter(d -> !Formats.isDuration(d))
                    .ifPresent(d -> out.add(Violations.at(pointer, "duration"),
                            "must be an ISO 8601 duration such as PT1H30M"));
            out.extensions(result, pointer, "extensions");
        });
    }

    private static void score(JsonValue value, String pointer, Violations out) {
        out.object(value, pointer).ifPresent(score -> {
            out.onlyProperties(score, pointer, SCORE_PROPERTIES);
            out.number(score, pointer, "scaled").map(JsonNumber::bigDecimalValue)
                    .filter(s -> s.compareTo(MINUS_ONE) < 0 || s.compareTo(BigDecimal.ONE) > 0)
                    .ifPresent(s -> out.add(Violations.at(pointer, "scaled"),
                            "must be between -1 and 1 inclusive"));
            Optional<BigDecimal> raw = out.number(score, pointer, "raw").map(JsonNumber::bigDecimalValue);
            Optional<BigDecimal> min = out.number(score, pointer, "min").map(JsonNumber::bigDecimalValue);
            Optional<BigDecimal> max = out.number(score, pointer, "max").map(JsonNumber::bigDecimalValue);
            if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) >= 0) {
                out.add(Violations.at(pointer, "max"), "must be greater than min");
            }
            raw.ifPresent(r -> {
                boolean belowMin = min.filter(m -> r.compareTo(m) < 0).isPresent();
                boolean aboveMax = max.filter(m -> r.compareTo(m) > 0).isPresent();
                if (belowMin || aboveMax) {
                    out.add(Violations.at(pointer, "raw"), "must be between min and max");
                }
            });
        });
    }
}
