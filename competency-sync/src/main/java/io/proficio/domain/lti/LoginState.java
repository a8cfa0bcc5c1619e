package io.proficio.domain.lti;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The state of one OIDC login in progress (Security Framework §5.1.1.2): the {@code state} and
 * {@code nonce} sent to the platform, the {@code target_link_uri} the login asked for and how the
 * state is bound to the browser. Kept server-side so any node can finish the launch; used once.
 */
@Entity
@Table(name = "lti_login_state")
public class LoginState {

    /** How the browser proves the state is its own: a cookie, or the platform's postMessage storage. */
    public enum Binding { COOKIE, PLATFORM_STORAGE }

    @Id
    private String state;
    @Column(name = "platform_id")
    private String platformId;
    private String nonce;
    @Column(name = "target_link_uri")
    private String targetLinkUri;
    private String binding;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected LoginState() {
    }

    public LoginState(String state, PlatformId platformId, String nonce, String targetLinkUri, Binding binding,
                      Instant now, Instant expiresAt) {
        this.state = state;
        this.platformId = platformId.value();
        this.nonce = nonce;
        this.targetLinkUri = targetLinkUri;
        this.binding = binding.name();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String state() {
        return state;
    }

    public PlatformId platformId() {
        return new PlatformId(platformId);
    }

    public String nonce() {
        return nonce;
    }

    public String targetLinkUri() {
        return targetLinkUri;
    }

    public Binding binding() {
        return Binding.valueOf(binding);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
