package io.proficio.infrastructure.persistence.certification;

import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.certification.CertificationId;
import io.proficio.domain.certification.CertificationRepository;
import io.proficio.domain.certification.CertificationVersion;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link CertificationRepository} on JPA. */
@ApplicationScoped
public class JpaCertificationRepository implements CertificationRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Certification certification) {
        em.persist(certification);
    }

    @Override
    public void add(CertificationVersion version) {
        em.persist(version);
    }

    @Override
    public void add(Award award) {
        em.persist(award);
    }

    @Override
    public Optional<Certification> find(TenantId tenantId, CertificationId id) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.tenantId = :tenant AND c.id = :id", Certification.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value()).getResultStream().findFirst();
    }

    @Override
    public boolean nameTaken(TenantId tenantId, String name, CertificationId except) {
        return !em.createQuery("SELECT c.id FROM Certification c WHERE c.tenantId = :tenant AND c.name = :name"
                        + " AND c.id <> :except", String.class)
                .setParameter("tenant", tenantId.value()).setParameter("name", name)
                .setParameter("except", except.value()).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<Certification> all(TenantId tenantId) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.tenantId = :tenant ORDER BY c.name", Certification.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public CertificationVersion version(CertificationId id, int version) {
        return em.find(CertificationVersion.class, new CertificationVersion.Key(id.value(), version));
    }

    @Override
    public List<CertificationVersion> versions(CertificationId id) {
        return em.createQuery("SELECT v FROM CertificationVersion v WHERE v.certificationId = :id ORDER BY v.version",
                        CertificationVersion.class).setParameter("id", id.value()).getResultList();
    }

    @Override
    public Optional<Award> award(TenantId tenantId, String awardId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.id = :id", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", awardId).getResultStream().findFirst();
    }

    @Override
    public Optional<Award> award(String awardId) {
        return Optional.ofNullable(em.find(Award.class, awardId));
    }

    @Override
    public List<Award> awardsOf(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.personId = :person"
                        + " ORDER BY a.awardedAt", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value()).getResultList();
    }

    @Override
    public List<Award> awards(TenantId tenantId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant ORDER BY a.personId, a.certificationId",
                Award.class).setParameter("tenant", tenantId.value()).getResultList();
    }

    @Override
    public List<Award> awardsOf(TenantId tenantId, Collection<String> personIds) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.personId IN :people", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds).getResultList();
    }

    @Override
    public List<Award> dueForReview(Instant now, int limit) {
        return em.createQuery("SELECT a FROM Award a WHERE a.reviewAt <= :now ORDER BY a.reviewAt", Award.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
