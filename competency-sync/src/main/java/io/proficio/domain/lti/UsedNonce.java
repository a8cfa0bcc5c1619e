package io.proficio.domain.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The nonce of an id_token already accepted (Security Framework §5.1.3 step 9), kept until that token
 * could no longer pass the expiry check. The primary key makes a second use fail in the database,
 * so two nodes cannot both accept one token.
 */
@Entity
@Table(name = "lti_nonce")
@IdClass(UsedNonce.Key.class)
public class UsedNonce {

    /** The primary key: platform and nonce. */
    public static class Key implements Serializable {
        private String platformId;
        private String nonce;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(platformId, key.platformId)
                    && Objects.equals(nonce, key.nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(platformId, nonce);
        }
    }

    @Id
    @Column(name = "platform_id")
    private String platformId;
    @Id
    private String nonce;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected UsedNonce() {
    }

    public UsedNonce(PlatformId platformId, String nonce, Instant expiresAt) {
        this.platformId = platformId.value();
        this.nonce = nonce;
        this.expiresAt = expiresAt;
    }
}
