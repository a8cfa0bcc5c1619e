package io.proficio.domain.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One version of a certification's requirements and validity; never changed once written. */
@Entity
@Table(name = "certification_version")
@IdClass(CertificationVersion.Key.class)
public class CertificationVersion {

    /** The primary key: certification and version number. */
    public static class Key implements Serializable {
        private String certificationId;
        private int version;

        public Key() {
        }

        public Key(String certificationId, int version) {
            this.certificationId = certificationId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(certificationId, key.certificationId)
                    && version == key.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(certificationId, version);
        }
    }

    @Id
    @Column(name = "certification_id")
    private String certificationId;
    @Id
    private int version;
    private String requirements;
    @Column(name = "valid_for_days")
    private Integer validForDays;
    @Column(name = "renewal_window_days")
    private Integer renewalWindowDays;
    @Column(name = "created_at")
    private Instant createdAt;

    protected CertificationVersion() {
    }

    public CertificationVersion(CertificationId certificationId, int version, Requirements requirements,
                                Validity validity, Instant at) {
        this.certificationId = certificationId.value();
        this.version = version;
        this.requirements = requirements.toJson();
        this.validForDays = validity.validForDays();
        this.renewalWindowDays = validity.renewalWindowDays();
        this.createdAt = at;
    }

    public CertificationId certificationId() {
        return new CertificationId(certificationId);
    }

    public int version() {
        return version;
    }

    public Requirements requirements() {
        return Requirements.fromJson(requirements);
    }

    public Validity validity() {
        return new Validity(validForDays, renewalWindowDays);
    }

    /** Whether {@code requirements} and {@code validity} are what this version says already. */
    public boolean says(Requirements otherRequirements, Validity otherValidity) {
        return requirements.equals(otherRequirements.toJson()) && validity().equals(otherValidity);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
