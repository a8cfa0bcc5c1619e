package io.proficio.application.certification;

import static io.proficio.domain.Jsonp.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.CertificationRepository;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a credential this installation issued: its form (a JWS, RS256), its signature (with the
 * tool key named by {@code kid}, retired keys included: a credential outlives the rotation of the
 * key that signed it), that it is an {@code OpenBadgeCredential} and inside its validity, and the
 * status of the award behind it (a renewed award's earlier credential is {@code superseded}).
 */
@Stateless
public class CredentialVerifier {

    @Inject
    ToolKeyService keys;
    @Inject
    CertificationRepository certifications;
    @Inject
    TenantRepository tenants;

    /** The issuer profile a credential's {@code issuer.id} resolves to (OB 3.0 Profile). */
    public Optional<JsonObject> issuer(String tenantId) {
        return tenants.find(new TenantId(tenantId)).map(tenant -> JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder(CredentialIssuer.CONTEXT))
                .add("id", CredentialIssuer.issuerId(tenantId))
                .add("type", JSON.createArrayBuilder(List.of("Profile")))
                .add("name", tenant.name()).build());
    }

    /** The outcome: each check with its result, the award's status, and the credential when it could be read. */
    public record Verification(boolean verified, List<Check> checks, String status, JsonObject credential) {
    }

    /** One check: {@code passed}, and when not, why. */
    public record Check(String check, boolean passed, String detail) {
    }

    public Verification verify(String compact) {
        List<Check> checks = new ArrayList<>();
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact == null ? "" : compact.strip());
        } catch (ParseException e) {
            checks.add(new Check("format", false, "Not a compact JWS: " + e.getMessage()));
            return new Verification(false, checks, null, null);
        }
        checks.add(new Check("format", true, null));
        JsonObject credential = JSON.createReader(new StringReader(jws.getPayload().toString())).readObject();
        boolean signed = signature(jws, checks);
        boolean isBadge = type(credential, checks);
        boolean inTime = validity(credential, checks);
        Optional<Award> award = award(credential);
        String status = award.map(a -> a.credential().filter(compact.strip()::equals).isPresent()
                ? a.status().value() : "superseded").orElse("unknown");
        boolean good = award.isPresent() && (status.equals("active") || status.equals("expiring"));
        checks.add(new Check("status", good, good ? null : "The award behind it is " + status + "."));
        return new Verification(signed && isBadge && inTime && good, checks, status, credential);
    }

    private boolean signature(JWSObject jws, List<Check> checks) {
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            checks.add(new Check("signature", false, "Only RS256 is issued here, not " + jws.getHeader().getAlgorithm() + "."));
            return false;
        }
        Optional<RSAKey> key = Optional.ofNullable(jws.getHeader().getKeyID()).flatMap(keys::publicKey);
        try {
            boolean valid = key.isPresent() && jws.verify(new RSASSAVerifier(key.get()));
            checks.add(new Check("signature", valid, valid ? null
                    : key.isEmpty() ? "Its kid names no key of this installation." : "The signature does not verify."));
            return valid;
        } catch (JOSEException e) {
            checks.add(new Check("signature", false, "The signature cannot be checked: " + e.getMessage()));
            return false;
        }
    }

    private static boolean type(JsonObject credential, List<Check> checks) {
        JsonValue type = credential.get("type");
        boolean badge = type != null && type.getValueType() == JsonValue.ValueType.ARRAY
                && type.asJsonArray().contains(JSON.createValue("OpenBadgeCredential"));
        checks.add(new Check("type", badge, badge ? null : "It is not an OpenBadgeCredential."));
        return badge;
    }

    private static boolean validity(JsonObject credential, List<Check> checks) {
        Instant now = Instant.now();
        Optional<Instant> from = instant(credential, "validFrom");
        Optional<Instant> until = instant(credential, "validUntil");
        String problem = from.isEmpty() ? "It has no validFrom."
                : from.get().isAfter(now) ? "It is not valid before " + from.get() + "."
                : until.filter(u -> !u.isAfter(now)).map(u -> "It expired at " + u + ".").orElse(null);
        checks.add(new Check("validity", problem == null, problem));
        return problem == null;
    }

    private static Optional<Instant> instant(JsonObject credential, String name) {
        try {
            return credential.get(name) instanceof JsonString text ? Optional.of(Instant.parse(text.getString()))
                    : Optional.empty();
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Optional<Award> award(JsonObject credential) {
        String id = credential.getString("id", "");
        return id.startsWith("urn:uuid:") ? certifications.award(id.substring("urn:uuid:".length())) : Optional.empty();
    }
}
