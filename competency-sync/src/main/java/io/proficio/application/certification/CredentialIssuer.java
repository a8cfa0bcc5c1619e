package io.proficio.application.certification;

import static io.proficio.domain.Jsonp.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.framework.Competency;
import io.proficio.infrastructure.config.ProficioSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Issues an award as an Open Badges 3.0 {@code OpenBadgeCredential} secured as a VC-JWT (OB 3.0
 * §8.2): the JWT payload is the credential itself, with the registered claims {@code iss}
 * ({@code issuer.id}), {@code jti} ({@code id}), {@code sub} ({@code credentialSubject.id}),
 * {@code nbf} ({@code validFrom}) and {@code exp} ({@code validUntil}, when the certification
 * expires); signed RS256 with the tool's current key, named by {@code kid} in the tool's key set
 * ({@code /lti/jwks}). The achievement is aligned to the CASE CFItems of the competencies it requires
 * ({@code alignment.targetType = "CFItem"}). The recipient is named by the hash of their email, salted
 * ({@code IdentityObject}, OB 3.0 §B.1.9), so the credential travels without exposing it.
 */
@ApplicationScoped
public class CredentialIssuer {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ToolKeyService keys;

    /** What the credential says besides the award: who issued it, to whom, for what. */
    public record Subject(String tenantId, String tenantName, List<String> identifiers) {
    }

    /** The id an award's credential carries; {@link CredentialVerifier} finds the award by it. */
    public static String credentialId(Award award) {
        return "urn:uuid:" + award.id();
    }

    public static String issuerId(String tenantId) {
        return ProficioSettings.current().baseUrl().toString().replaceAll("/+$", "")
                + "/api/v1/credentials/issuers/" + tenantId;
    }

    /** @param aligned the competencies the certification requires, directly or through a role stage */
    public String issue(Award award, Certification certification, Subject subject, List<Competency> aligned) {
        JsonObjectBuilder credential = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder(CONTEXT))
                .add("id", credentialId(award))
                .add("type", JSON.createArrayBuilder(List.of("VerifiableCredential", "OpenBadgeCredential")))
                .add("issuer", JSON.createObjectBuilder().add("id", issuerId(subject.tenantId()))
                        .add("type", JSON.createArrayBuilder(List.of("Profile"))).add("name", subject.tenantName()))
                .add("validFrom", award.issuedAt().toString())
                .add("name", certification.name())
                .add("credentialSubject", credentialSubject(award, certification, subject, aligned))
                .add("iss", issuerId(subject.tenantId()))
                .add("jti", credentialId(award))
                .add("sub", subjectId(award))
                .add("nbf", award.issuedAt().getEpochSecond());
        award.expiresAt().ifPresent(expires -> credential.add("validUntil", expires.toString())
                .add("exp", expires.getEpochSecond()));
        return sign(credential.build());
    }

    private static String subjectId(Award award) {
        return "urn:uuid:" + award.personId().value();
    }

    private static JsonObjectBuilder credentialSubject(Award award, Certification certification, Subject subject,
                                                       List<Competency> aligned) {
        JsonObjectBuilder achievement = JSON.createObjectBuilder()
                .add("id", ProficioSettings.current().baseUrl().toString().replaceAll("/+$", "")
                        + "/api/v1/certifications/" + certification.id().value() + "/versions/" + award.version())
                .add("type", JSON.createArrayBuilder(List.of("Achievement")))
                .add("achievementType", "Certification")
                .add("name", certification.name())
                .add("description", certification.description().orElse(certification.name()))
                .add("criteria", JSON.createObjectBuilder().add("narrative", "Met every requirement of version "
                        + award.version() + " of this certification, as recorded by the evidence behind the award."));
        if (!aligned.isEmpty()) {
            JsonArrayBuilder alignment = JSON.createArrayBuilder();
            aligned.forEach(c -> alignment.add(alignment(c)));
            achievement.add("alignment", alignment);
        }
        JsonObjectBuilder subjectJson = JSON.createObjectBuilder()
                .add("id", subjectId(award))
                .add("type", JSON.createArrayBuilder(List.of("AchievementSubject")))
                .add("achievement", achievement);
        email(subject.identifiers()).ifPresent(email -> subjectJson.add("identifier",
                JSON.createArrayBuilder().add(hashedEmail(email))));
        return subjectJson;
    }

    /** A CASE CFItem as OB 3.0 aligns to it: its URI, statement and code (B.1.3 Alignment). */
    private static JsonObjectBuilder alignment(Competency competency) {
        JsonObject item = JSON.createReader(new StringReader(competency.itemJson())).readObject();
        String uri = item.getString("uri", "urn:uuid:" + competency.caseIdentifier());
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", JSON.createArrayBuilder(List.of("Alignment")))
                .add("targetType", "CFItem")
                .add("targetName", competency.label())
                .add("targetUrl", uri);
        if (competency.humanCodingScheme() != null) {
            json.add("targetCode", competency.humanCodingScheme());
        }
        if (competency.fullStatement() != null) {
            json.add("targetDescription", competency.fullStatement());
        }
        return json;
    }

    private static Optional<String> email(List<String> identifiers) {
        return identifiers.stream().filter(i -> i.startsWith("mailto:")).map(i -> i.substring(7).toLowerCase(Locale.ROOT))
                .findFirst();
    }

    /** OB 3.0 IdentityObject: {@code sha256$} and the hex SHA-256 of the email followed by the salt. */
    private static JsonObjectBuilder hashedEmail(String email) {
        byte[] saltBytes = new byte[16];
        RANDOM.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((email + salt).getBytes(StandardCharsets.UTF_8));
            return JSON.createObjectBuilder().add("type", "IdentityObject").add("identityHash",
                            "sha256$" + HexFormat.of().formatHex(digest))
                    .add("identityType", "emailAddress").add("hashed", true).add("salt", salt);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String sign(JsonObject payload) {
        RSAKey key = keys.signingKey();
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                    .keyID(key.getKeyID()).build(), new Payload(payload.toString()));
            jws.sign(new RSASSASigner(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential: " + e.getMessage(), e);
        }
    }
}
