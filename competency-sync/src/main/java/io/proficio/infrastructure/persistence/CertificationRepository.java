package io.proficio.infrastructure.persistence;

import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.certification.CertificationId;
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

/** Certifications, their versions, and awards. */
@ApplicationScoped
public class CertificationRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(Certification certification) {
        em.persist(certification);
    }

    public void add(CertificationVersion version) {
        em.persist(version);
    }

    public void add(Award award) {
        em.persist(award);
    }

    public Optional<Certification> find(TenantId tenantId, CertificationId id) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.tenantId = :tenant AND c.id = :id", Certification.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value()).getResultStream().findFirst();
    }

    public boolean nameTaken(TenantId tenantId, String name, CertificationId except) {
        return !em.createQuery("SELECT c.id FROM Certification c WHERE c.tenantId = :tenant AND c.name = :name"
                        + " AND c.id <> :except", String.class)
                .setParameter("tenant", tenantId.value()).setParameter("name", name)
                .setParameter("except", except.value()).setMaxResults(1).getResultList().isEmpty();
    }

    public List<Certification> all(TenantId tenantId) {
        return em.createQuery("SELECT c FROM Certification c WHERE c.tenantId = :tenant ORDER BY c.name", Certification.class)
                .setParameter("tenant", tenantId.value()).getResultList();
    }

    /** Callers hold the certification (so the tenant is checked). */
    public CertificationVersion version(CertificationId id, int version) {
        return em.find(CertificationVersion.class, new CertificationVersion.Key(id.value(), version));
    }

    public List<CertificationVersion> versions(CertificationId id) {
        return em.createQuery("SELECT v FROM CertificationVersion v WHERE v.certificationId = :id ORDER BY v.version",
                        CertificationVersion.class).setParameter("id", id.value()).getResultList();
    }

    public Optional<Award> award(TenantId tenantId, String awardId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.id = :id", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", awardId).getResultStream().findFirst();
    }

    /** An award found by id alone: for the public verification of a credential. */
    public Optional<Award> award(String awardId) {
        return Optional.ofNullable(em.find(Award.class, awardId));
    }

    public List<Award> awardsOf(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.personId = :person"
                        + " ORDER BY a.awardedAt", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value()).getResultList();
    }

    /** Every award of the tenant, by person then certification. */
    public List<Award> awards(TenantId tenantId) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant ORDER BY a.personId, a.certificationId",
                Award.class).setParameter("tenant", tenantId.value()).getResultList();
    }

    public List<Award> awardsOf(TenantId tenantId, Collection<String> personIds) {
        return em.createQuery("SELECT a FROM Award a WHERE a.tenantId = :tenant AND a.personId IN :people", Award.class)
                .setParameter("tenant", tenantId.value()).setParameter("people", personIds).getResultList();
    }

    /** Awards, of every tenant, whose status time alone changes by {@code now} (see {@link Award#age}). */
    public List<Award> dueForReview(Instant now, int limit) {
        return em.createQuery("SELECT a FROM Award a WHERE a.reviewAt <= :now ORDER BY a.reviewAt", Award.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }
}
