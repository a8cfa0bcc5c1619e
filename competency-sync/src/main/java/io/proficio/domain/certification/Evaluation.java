package io.proficio.domain.certification;

import java.util.List;

/**
 * How far a person is towards a set of requirements.
 *
 * @param met      every requirement holds
 * @param progress in [0, 1]: the mean of each requirement's fraction (see {@link Requirements#evaluate})
 * @param basis    the evidence behind the requirements that hold, in requirement order
 */
public record Evaluation(boolean met, double progress, List<String> basis) {

    public Evaluation {
        basis = List.copyOf(basis);
    }
}
