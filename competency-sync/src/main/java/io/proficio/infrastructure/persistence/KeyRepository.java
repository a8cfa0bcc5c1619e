package io.proficio.infrastructure.persistence;

import io.proficio.domain.keys.AppSecret;
import io.proficio.domain.keys.ToolKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The tool's keys and the installation's secrets (not of any tenant: one JWK Set serves them all). */
@ApplicationScoped
public class KeyRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(ToolKey key) {
        em.persist(key);
    }

    /** Every key, the one that starts signing last first. */
    public List<ToolKey> keys() {
        return em.createQuery("SELECT k FROM ToolKey k ORDER BY k.signsFrom DESC, k.createdAt DESC", ToolKey.class)
                .getResultList();
    }

    public void add(AppSecret secret) {
        em.persist(secret);
        em.flush();
    }

    public Optional<AppSecret> secret(String name) {
        return Optional.ofNullable(em.find(AppSecret.class, name));
    }
}
