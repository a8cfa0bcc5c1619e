package io.proficio.infrastructure.persistence.lti;

import io.proficio.domain.lti.Deployment;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.RegistrationInvite;
import io.proficio.domain.lti.UsedNonce;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link LtiRepository} on JPA. */
@ApplicationScoped
public class JpaLtiRepository implements LtiRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Platform platform) {
        em.persist(platform);
        em.flush();
    }

    @Override
    public void remove(Platform platform) {
        em.createQuery("DELETE FROM Deployment d WHERE d.platformId = :platform")
                .setParameter("platform", platform.id().value()).executeUpdate();
        em.remove(platform);
    }

    @Override
    public Optional<Platform> platform(TenantId tenantId, PlatformId id) {
        return em.createQuery("SELECT p FROM Platform p WHERE p.tenantId = :tenant AND p.id = :id", Platform.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Platform> platform(PlatformId id) {
        return Optional.ofNullable(em.find(Platform.class, id.value()));
    }

    @Override
    public List<Platform> platforms(TenantId tenantId) {
        return em.createQuery("SELECT p FROM Platform p WHERE p.tenantId = :tenant ORDER BY p.createdAt",
                        Platform.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public List<Platform> platformsByIssuer(String issuer) {
        return em.createQuery("SELECT p FROM Platform p WHERE p.issuer = :issuer", Platform.class)
                .setParameter("issuer", issuer).getResultList();
    }

    @Override
    public Optional<Platform> platform(String issuer, String clientId) {
        return em.createQuery("SELECT p FROM Platform p WHERE p.issuer = :issuer AND p.clientId = :client",
                        Platform.class)
                .setParameter("issuer", issuer).setParameter("client", clientId).getResultStream().findFirst();
    }

    @Override
    public void add(Deployment deployment) {
        em.persist(deployment);
    }

    @Override
    public void remove(Deployment deployment) {
        em.remove(deployment);
    }

    @Override
    public List<Deployment> deployments(PlatformId platformId) {
        return em.createQuery("SELECT d FROM Deployment d WHERE d.platformId = :platform ORDER BY d.createdAt",
                        Deployment.class)
                .setParameter("platform", platformId.value()).getResultList();
    }

    @Override
    public Optional<Deployment> deployment(PlatformId platformId, String deploymentId) {
        return em.createQuery("SELECT d FROM Deployment d WHERE d.platformId = :platform"
                        + " AND d.deploymentId = :deployment", Deployment.class)
                .setParameter("platform", platformId.value()).setParameter("deployment", deploymentId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(LoginState state) {
        em.persist(state);
    }

    @Override
    public Optional<LoginState> loginState(String state) {
        return Optional.ofNullable(em.find(LoginState.class, state));
    }

    @Override
    public Optional<LoginState> take(String state) {
        LoginState found = em.find(LoginState.class, state);
        if (found == null) {
            return Optional.empty();
        }
        int removed = em.createQuery("DELETE FROM LoginState s WHERE s.state = :state")
                .setParameter("state", state).executeUpdate();
        return removed == 1 ? Optional.of(found) : Optional.empty();
    }

    @Override
    public boolean nonceUsed(PlatformId platformId, String nonce) {
        return !em.createQuery("SELECT n.nonce FROM UsedNonce n WHERE n.platformId = :platform AND n.nonce = :nonce")
                .setParameter("platform", platformId.value()).setParameter("nonce", nonce)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(UsedNonce nonce) {
        em.persist(nonce);
    }

    @Override
    public int removeExpired(Instant now) {
        return em.createQuery("DELETE FROM LoginState s WHERE s.expiresAt < :now").setParameter("now", now)
                .executeUpdate()
                + em.createQuery("DELETE FROM UsedNonce n WHERE n.expiresAt < :now").setParameter("now", now)
                .executeUpdate();
    }

    @Override
    public void add(RegistrationInvite invite) {
        em.persist(invite);
    }

    @Override
    public Optional<RegistrationInvite> invite(String secretHash) {
        return em.createQuery("SELECT i FROM RegistrationInvite i WHERE i.secretHash = :hash", RegistrationInvite.class)
                .setParameter("hash", secretHash).getResultStream().findFirst();
    }
}
