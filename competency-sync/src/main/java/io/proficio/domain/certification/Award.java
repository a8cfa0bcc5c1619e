package io.proficio.domain.certification;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's award of a certification: one per person and certification, carried through renewals,
 * expiry, revocation and re-award. {@code basis} lists the evidence that met it when it was last
 * (re)issued; {@code credential} is the signed Open Badges credential of that issue.
 */
@Entity
@Table(name = "certification_award")
public class Award {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "certification_id")
    private String certificationId;
    private int version;
    private String status;
    @Column(name = "awarded_at")
    private Instant awardedAt;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "review_at")
    private Instant reviewAt;
    private String basis;
    private String credential;
    @Column(name = "revoked_reason")
    private String revokedReason;

    protected Award() {
    }

    public Award(TenantId tenantId, PersonId personId, CertificationId certificationId) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.personId = personId.value();
        this.certificationId = certificationId.value();
    }

    /** Awards (or re-awards after revocation) on {@code version}. */
    public void award(int onVersion, Validity validity, List<String> newBasis, Instant at) {
        awardedAt = at;
        issue(onVersion, validity, newBasis, at);
    }

    /** Issues again for a new validity period, keeping the first award date. */
    public void renew(int onVersion, Validity validity, List<String> newBasis, Instant at) {
        issue(onVersion, validity, newBasis, at);
    }

    private void issue(int onVersion, Validity validity, List<String> newBasis, Instant at) {
        version = onVersion;
        issuedAt = at;
        expiresAt = validity.expiresAt(at).orElse(null);
        basis = String.join(",", newBasis);
        revokedReason = null;
        credential = null;
        status = null;
        age(validity, at);
    }

    public void revoke(String reason, Instant at) {
        revokedReason = reason;
        status = AwardStatus.REVOKED.name();
        statusChangedAt = at;
        reviewAt = null;
    }

    /**
     * Moves a valid award on as time passes: into its renewal window, then past expiry.
     *
     * @return whether the status changed
     */
    public boolean age(Validity validity, Instant now) {
        if (status != null && !status().isValid()) {
            return false;
        }
        AwardStatus next = validity.statusAt(expiresAt, now);
        reviewAt = switch (next) {
            case ACTIVE -> expiresAt == null ? null : validity.windowOpens(expiresAt);
            case EXPIRING -> expiresAt;
            default -> null;
        };
        if (next.name().equals(status)) {
            return false;
        }
        status = next.name();
        statusChangedAt = now;
        return true;
    }

    public void attach(String signedCredential) {
        credential = signedCredential;
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public CertificationId certificationId() {
        return new CertificationId(certificationId);
    }

    public int version() {
        return version;
    }

    public AwardStatus status() {
        return AwardStatus.valueOf(status);
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public List<String> basis() {
        return basis == null || basis.isEmpty() ? List.of() : Arrays.asList(basis.split(","));
    }

    public Optional<String> credential() {
        return Optional.ofNullable(credential);
    }

    public Optional<String> revokedReason() {
        return Optional.ofNullable(revokedReason);
    }
}
