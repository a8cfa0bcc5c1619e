package io.proficio.domain.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One RSA key of the tool (Security Framework §6: keys identified by {@code kid}, published as a JWK
 * Set). Published from its creation; signs from {@code signsFrom}; once a successor signs, published
 * until the longest-lived token it signed has expired.
 */
@Entity
@Table(name = "tool_key")
public class ToolKey {

    /** Where a key is in its life at a given time. */
    public enum Status { NEXT, SIGNING, RETIRING, RETIRED }

    @Id
    private String kid;
    @Column(name = "public_jwk")
    private String publicJwk;
    @Column(name = "private_jwk_jwe")
    private String privateJwkJwe;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "signs_from")
    private Instant signsFrom;
    @Column(name = "published_until")
    private Instant publishedUntil;

    protected ToolKey() {
    }

    public ToolKey(String kid, String publicJwk, String privateJwkJwe, Instant createdAt, Instant signsFrom) {
        this.kid = kid;
        this.publicJwk = publicJwk;
        this.privateJwkJwe = privateJwkJwe;
        this.createdAt = createdAt;
        this.signsFrom = signsFrom;
    }

    /** Stops publishing this key {@code lastTokenLifetime} after its successor starts signing. */
    public void succeededAt(Instant successorSignsFrom, Duration lastTokenLifetime) {
        publishedUntil = successorSignsFrom.plus(lastTokenLifetime);
    }

    public Status statusAt(Instant now, boolean newestSigning) {
        if (now.isBefore(signsFrom)) {
            return Status.NEXT;
        }
        if (newestSigning) {
            return Status.SIGNING;
        }
        return publishedUntil == null || now.isBefore(publishedUntil) ? Status.RETIRING : Status.RETIRED;
    }

    public boolean publishedAt(Instant now) {
        return publishedUntil == null || now.isBefore(publishedUntil);
    }

    public String kid() {
        return kid;
    }

    public String publicJwk() {
        return publicJwk;
    }

    public String privateJwkJwe() {
        return privateJwkJwe;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant signsFrom() {
        return signsFrom;
    }

    public Optional<Instant> publishedUntil() {
        return Optional.ofNullable(publishedUntil);
    }
}
