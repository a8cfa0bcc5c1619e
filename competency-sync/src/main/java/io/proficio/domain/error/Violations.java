package io.proficio.domain.error;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every violation in a request before refusing it, so the caller learns all that is wrong
 * in one answer. Not thread-safe; one per validation.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();
    private ErrorCode code;

    /** Records a violation; the first code recorded becomes the code of the whole refusal. */
    public Violations add(ErrorCode code, String pointer, String detail) {
        if (this.code == null) {
            this.code = code;
        }
        found.add(new Violation(pointer, detail));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws a {@link ProficioException} carrying every violation, if there is any. */
    public void throwIfAny(String summary) {
        if (found.isEmpty()) {
            return;
        }
        String detail = found.size() == 1 ? found.get(0).detail() : summary + " (" + found.size() + " problems)";
        throw new ProficioException(code, detail, found);
    }
}
