package io.proficio.infrastructure.persistence.keys;

import io.proficio.domain.keys.AppSecret;
import io.proficio.domain.keys.KeyRepository;
import io.proficio.domain.keys.ToolKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link KeyRepository} on JPA. */
@ApplicationScoped
public class JpaKeyRepository implements KeyRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(ToolKey key) {
        em.persist(key);
    }

    @Override
    public List<ToolKey> keys() {
        return em.createQuery("SELECT k FROM ToolKey k ORDER BY k.signsFrom DESC, k.createdAt DESC", ToolKey.class)
                .getResultList();
    }

    @Override
    public void add(AppSecret secret) {
        em.persist(secret);
        em.flush();
    }

    @Override
    public Optional<AppSecret> secret(String name) {
        return Optional.ofNullable(em.find(AppSecret.class, name));
    }
}
