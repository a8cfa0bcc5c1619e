package io.proficio.interfaces.health;

import io.proficio.domain.operations.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** UP when a connection to the database is valid and this node has applied the schema migrations. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        DatabaseHealth.Status status = database.status();
        return HealthCheckResponse.named("proficio-database")
                .status(status.isReady())
                .withData("database", status.reachable() ? "reachable" : "unreachable")
                .withData("schemaVersion", status.schemaVersion().orElse("not migrated"))
                .build();
    }
}
