package io.proficio.infrastructure.crypto;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import io.proficio.infrastructure.config.ProficioSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets before they are stored and decrypts them after, with the installation's 256-bit
 * secret key ({@code PROFICIO_SECRET_KEY}, or {@code secret.key} in the data directory, made with
 * owner-only permissions at first start). A sealed value is a compact JWE ({@code dir}, A256GCM), so
 * it is authenticated: a value changed in the database does not open.
 */
@ApplicationScoped
public class SecretBox {

    private volatile SecretKey key;

    /** @return the compact JWE of {@code plaintext} */
    public String seal(String plaintext) {
        try {
            JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                    new Payload(plaintext));
            jwe.encrypt(new DirectEncrypter(key()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot encrypt a secret: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalStateException when the value was not sealed with this installation's key */
    public String open(String sealed) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new DirectDecrypter(key()));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("A stored secret does not open with this installation's secret key"
                    + " (is PROFICIO_SECRET_KEY the same on every node?)", e);
        }
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load(ProficioSettings.current());
                }
                current = key;
            }
        }
        return current;
    }

    static SecretKey load(ProficioSettings settings) {
        String text = settings.secretKey() != null ? settings.secretKey() : readOrCreate(settings.secretKeyFile());
        byte[] bytes = Base64.getUrlDecoder().decode(text.strip().replace("=", ""));
        if (bytes.length != 32) {
            throw new IllegalStateException("The secret key must be 32 bytes; it is " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                String text = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n";
                // Written whole to a file of its own, then linked into place: no reader sees it half
                // written, and a key another start made first is never replaced.
                Path draft = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID());
                createOwnerOnly(draft);
                try {
                    Files.writeString(draft, text, StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
                    Files.createLink(file, draft);
                } catch (FileAlreadyExistsException madeByAnotherStart) {
                    // Read theirs.
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }

    /** Creates the file readable by its owner only from the start, where the file system knows permissions. */
    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions: the data directory's own protection applies.
            Files.createFile(file);
        }
    }
}
