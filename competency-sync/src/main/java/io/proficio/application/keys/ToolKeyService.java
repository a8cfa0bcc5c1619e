package io.proficio.application.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.keys.AppSecret;
import io.proficio.domain.keys.KeyRepository;
import io.proficio.domain.keys.ToolKey;
import io.proficio.infrastructure.crypto.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The tool's RSA keys (published at {@code /lti/jwks}) and the installation's other secrets. A new key
 * is published {@link #PUBLISH_LEAD} before it signs, so platforms that cache the key set (for at most
 * the {@code Cache-Control} time of the set) know it before they see it; the key it replaces stays
 * published for {@link #LONGEST_TOKEN} after that, until everything it signed has expired.
 */
@Stateless
public class ToolKeyService {

    /** How long before a rotated key signs it is published; longer than the key set's cache time. */
    public static final Duration PUBLISH_LEAD = Duration.ofMinutes(15);
    /** The longest lifetime of anything the tool signs with these keys (client assertions, deep links). */
    public static final Duration LONGEST_TOKEN = Duration.ofHours(1);

    @Inject
    KeyRepository keys;
    @Inject
    SecretBox box;

    /** A key and where it is in its life. */
    public record KeyState(ToolKey key, ToolKey.Status status) {
    }

    /** The secret that signs page sessions after a launch. */
    public static final String PAGE_SESSION_SECRET = "page-session-key";

    /** At start-up: makes the first key, signing at once, and the page-session secret, when missing. */
    public void ensureKeys() {
        if (keys.keys().isEmpty()) {
            create(Instant.now());
        }
        secret(PAGE_SESSION_SECRET);
    }

    /**
     * Adds a key that signs from {@code signsFrom} (default: {@link #PUBLISH_LEAD} from now); the keys
     * before it stop being published {@link #LONGEST_TOKEN} after that.
     */
    public KeyState rotate(Optional<Instant> signsFrom) {
        Instant now = Instant.now();
        Instant from = signsFrom.orElse(now.plus(PUBLISH_LEAD));
        if (from.isBefore(now.minusSeconds(5))) {
            throw ProficioException.invalid("/signsFrom", "A new key cannot start signing in the past.");
        }
        ToolKey key = create(from);
        Map<String, ToolKey> all = new LinkedHashMap<>();
        keys.keys().forEach(existing -> all.put(existing.kid(), existing));
        all.put(key.kid(), key);
        List<ToolKey> bySigningOrder = new ArrayList<>(all.values());
        bySigningOrder.sort(Comparator.comparing(ToolKey::signsFrom));
        for (int i = 0; i + 1 < bySigningOrder.size(); i++) {
            bySigningOrder.get(i).succeededAt(bySigningOrder.get(i + 1).signsFrom(), LONGEST_TOKEN);
        }
        return new KeyState(key, key.statusAt(now, !from.isAfter(now)));
    }

    /** Every key with its status, the newest first. */
    public List<KeyState> list() {
        Instant now = Instant.now();
        Optional<String> signing = signingKeyAt(now).map(ToolKey::kid);
        return keys.keys().stream()
                .map(key -> new KeyState(key, key.statusAt(now, signing.map(key.kid()::equals).orElse(false))))
                .toList();
    }

    /** The public keys platforms may see signatures of: published and not yet retired. */
    public JWKSet publishedKeySet() {
        Instant now = Instant.now();
        return new JWKSet(keys.keys().stream().filter(key -> key.publishedAt(now))
                .map(key -> parse(key.publicJwk())).toList());
    }

    /**
     * The public key of {@code kid}, retired or not: credentials signed with a key outlive its
     * rotation, and are checked against it.
     */
    public Optional<RSAKey> publicKey(String kid) {
        return keys.keys().stream().filter(key -> key.kid().equals(kid)).findFirst()
                .map(key -> (RSAKey) parse(key.publicJwk()));
    }

    /** The private key that signs now. */
    public RSAKey signingKey() {
        ToolKey key = signingKeyAt(Instant.now()).orElseThrow(() ->
                new IllegalStateException("The tool has no signing key; the start-up makes one"));
        return (RSAKey) parse(box.open(key.privateJwkJwe()));
    }

    /** A 256-bit secret of the installation by name, made at first use. */
    public byte[] secret(String name) {
        Optional<AppSecret> stored = keys.secret(name);
        if (stored.isEmpty()) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            keys.add(new AppSecret(name, box.seal(Base64.getEncoder().encodeToString(bytes)), Instant.now()));
            return bytes;
        }
        return Base64.getDecoder().decode(box.open(stored.get().valueJwe()));
    }

    private Optional<ToolKey> signingKeyAt(Instant now) {
        return keys.keys().stream().filter(key -> !key.signsFrom().isAfter(now)).findFirst();
    }

    private ToolKey create(Instant signsFrom) {
        try {
            RSAKey generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).issueTime(new Date()).generate();
            ToolKey key = new ToolKey(generated.getKeyID(), generated.toPublicJWK().toJSONString(),
                    box.seal(generated.toJSONString()), Instant.now(), signsFrom);
            keys.add(key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key: " + e.getMessage(), e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored tool key is not a JWK", e);
        }
    }
}
