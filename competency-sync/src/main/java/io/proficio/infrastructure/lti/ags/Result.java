package io.proficio.infrastructure.lti.ags;

import io.proficio.infrastructure.lti.Fields;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The grade a platform holds for one user on one line item (Assignment and Grade Services 2.0 §3.3).
 *
 * @param id            the result's URL; never null
 * @param scoreOf       the line item's URL; never null
 * @param userId        the LTI user id; never null
 * @param resultScore   the current score, empty when there is none
 * @param resultMaximum the maximum the score is out of, 1 when the platform does not say (§3.3)
 * @param comment       the grader's comment
 */
public record Result(URI id, URI scoreOf, String userId, OptionalDouble resultScore, double resultMaximum,
                     Optional<String> comment) {

    public Result {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scoreOf, "scoreOf");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(resultScore, "resultScore");
        Objects.requireNonNull(comment, "comment");
    }

    static Result parse(JsonObject json) {
        return new Result(Fields.uri(json, "id"), Fields.uri(json, "scoreOf"), Fields.string(json, "userId"),
                Fields.optionalNumber(json, "resultScore"), Fields.optionalNumber(json, "resultMaximum").orElse(1),
                Fields.optionalString(json, "comment"));
    }
}
