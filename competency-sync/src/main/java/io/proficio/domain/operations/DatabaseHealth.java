package io.proficio.domain.operations;

import java.util.Optional;

/** Whether this node can use its database: implemented by the persistence layer, read by health checks. */
public interface DatabaseHealth {

    /**
     * @param reachable     a connection to the database is valid now
     * @param schemaVersion the schema version this node migrated to; empty before the migrations ran
     */
    record Status(boolean reachable, Optional<String> schemaVersion) {

        public boolean isReady() {
            return reachable && schemaVersion.isPresent();
        }
    }

    /** Asks the database now (waiting at most a couple of seconds); never null. */
    Status status();
}
