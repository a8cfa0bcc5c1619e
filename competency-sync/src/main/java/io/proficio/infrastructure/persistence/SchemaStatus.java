package io.proficio.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether this node has applied the migrations; read through {@link JdbcDatabaseHealth}. */
@ApplicationScoped
public class SchemaStatus {

    private volatile String version;

    void migrated(String schemaVersion) {
        this.version = schemaVersion;
    }

    public boolean isMigrated() {
        return version != null;
    }

    /** The schema version after migration, or null before. */
    public String version() {
        return version;
    }
}
