package io.proficio.interfaces.api;

import io.proficio.domain.error.ProficioException;

/** Guards for request bodies that JSON-B reads as null when the request has none. */
final class Bodies {

    private Bodies() {
    }

    static <T> T require(T body) {
        if (body == null) {
            throw ProficioException.invalid("", "This request needs a JSON body.");
        }
        return body;
    }
}
