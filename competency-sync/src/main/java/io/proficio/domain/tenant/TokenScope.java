package io.proficio.domain.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an API token may do. {@code admin} manages its tenant; {@code integration} is for systems
 * that feed Proficio (read everything, write evidence and plan items); {@code operator} creates
 * tenants, and is held only by the bootstrap token.
 */
public enum TokenScope {
    ADMIN, INTEGRATION, OPERATOR;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenScope> parse(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value().equals(value)).findFirst();
    }
}
