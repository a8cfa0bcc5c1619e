package io.proficio.interfaces.app;

/** A page was opened without a valid page session (none, tampered with, or expired). */
public class SessionRequired extends RuntimeException {

    public SessionRequired() {
        super("A valid page session is required; launch Proficio again from the course.");
    }
}
