package io.proficio.application.tenant;

import io.proficio.application.keys.ToolKeyService;
import io.proficio.infrastructure.config.ProficioSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * Start-up, once per node, once the schema is migrated: on the very first start the default tenant
 * and its bootstrap token, printed once and written to {@code $PROFICIO_DATA_DIR/bootstrap-token};
 * on every start the tool's signing keys.
 */
@Startup
@Singleton
@DependsOn("StartupMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @Inject
    BootstrapService bootstrap;
    @Inject
    ToolKeyService keys;

    @PostConstruct
    void start() {
        ProficioSettings settings = ProficioSettings.current();
        bootstrap.bootstrap(settings.demoData()).ifPresent(issued -> announce(settings, issued));
        keys.ensureKeys();
    }

    private static void announce(ProficioSettings settings, IssuedToken issued) {
        Path file = settings.bootstrapTokenFile();
        try {
            Files.writeString(file, issued.secret().value() + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without POSIX permissions: the data directory's own protection applies.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap token to " + file, e);
        }
        LOG.warning(() -> "\n*************************************************************\n"
                + "Proficio created the default tenant. Its bootstrap API token (scopes admin, operator):\n\n"
                + "    " + issued.secret().value() + "\n\n"
                + "It is shown only this once, and kept in " + file + "\n"
                + "*************************************************************");
    }
}
