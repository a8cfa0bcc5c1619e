package io.proficio.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced, and where the application under test keeps its data. */
final class ProficioDeployment {

    static final String BASE_URL = System.getProperty("proficio.base.url", "http://localhost:8080");

    private ProficioDeployment() {
    }

    /** The packaged EAR, exactly as `mvn -Prun` deploys it. */
    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("proficio.ear", "target/proficio.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The bootstrap token (scopes admin and operator) the first start wrote to the data directory. */
    static String bootstrapToken() {
        Path file = Path.of(System.getProperty("proficio.it.data.dir", "target/it-data"), "bootstrap-token");
        try {
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new IllegalStateException("No bootstrap token at " + file, e);
        }
    }
}
