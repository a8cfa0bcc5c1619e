package io.proficio.domain;

/** Free text a client may leave out, such as a description: blank counts as left out. */
public final class OptionalText {

    private OptionalText() {
    }

    /** @return the text stripped, or null when it is null or blank */
    public static String of(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
