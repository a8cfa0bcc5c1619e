package io.proficio.domain.keys;

import java.util.List;
import java.util.Optional;

/** The tool's keys and the installation's secrets (not of any tenant: one JWK Set serves them all). */
public interface KeyRepository {

    void add(ToolKey key);

    /** Every key, the one that starts signing last first. */
    List<ToolKey> keys();

    void add(AppSecret secret);

    Optional<AppSecret> secret(String name);
}
