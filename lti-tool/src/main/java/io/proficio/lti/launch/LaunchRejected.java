package io.proficio.lti.launch;

/** A launch refused for a {@link LaunchError}; {@code detail} adds what was seen (never a secret). */
public class LaunchRejected extends RuntimeException {

    private final LaunchError error;

    public LaunchRejected(LaunchError error, String detail) {
        super(detail == null ? error.description() : error.description() + " " + detail);
        this.error = error;
    }

    public LaunchRejected(LaunchError error) {
        this(error, null);
    }

    public LaunchError error() {
        return error;
    }
}
