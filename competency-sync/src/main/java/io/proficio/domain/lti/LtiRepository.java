package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * LTI platform registrations and deployments (per tenant), and the state of launches in progress.
 * Lookups by issuer and client_id cross tenants on purpose: the login knows no tenant yet, and the pair
 * is unique across all of them.
 */
public interface LtiRepository {

    void add(Platform platform);

    void remove(Platform platform);

    Optional<Platform> platform(TenantId tenantId, PlatformId id);

    /** The platform of a login in progress, whichever tenant it belongs to. */
    Optional<Platform> platform(PlatformId id);

    List<Platform> platforms(TenantId tenantId);

    List<Platform> platformsByIssuer(String issuer);

    Optional<Platform> platform(String issuer, String clientId);

    void add(Deployment deployment);

    void remove(Deployment deployment);

    List<Deployment> deployments(PlatformId platformId);

    Optional<Deployment> deployment(PlatformId platformId, String deploymentId);

    void add(LoginState state);

    Optional<LoginState> loginState(String state);

    /**
     * Removes the login state and returns it, once: of two concurrent launches with one state, only the
     * one whose delete removed the row gets it.
     */
    Optional<LoginState> take(String state);

    boolean nonceUsed(PlatformId platformId, String nonce);

    /** Records a nonce; the primary key refuses a second one. */
    void add(UsedNonce nonce);

    /** Forgets login states and nonces that can no longer be used. */
    int removeExpired(Instant now);

    void add(RegistrationInvite invite);

    Optional<RegistrationInvite> invite(String secretHash);
}
