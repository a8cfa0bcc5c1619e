package io.proficio.infrastructure.persistence;

import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonNameChange;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People and the identifiers that point at them. */
@ApplicationScoped
public class PersonRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    /** New people, then their identifiers (no mapped relation tells JPA to write the people first). */
    public void addAll(List<Person> people, List<IdentifierLink> links) {
        people.forEach(em::persist);
        em.flush();
        links.forEach(em::persist);
    }

    public void add(IdentifierLink link) {
        em.persist(link);
    }

    public void add(PersonNameChange change) {
        em.persist(change);
    }

    /** A person's name changes, newest first. */
    public List<PersonNameChange> nameChanges(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT c FROM PersonNameChange c WHERE c.tenantId = :tenant AND c.personId = :person"
                        + " ORDER BY c.changedAt DESC", PersonNameChange.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value()).getResultList();
    }

    public Optional<Person> find(TenantId tenantId, PersonId id) {
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.id = :id", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    public Optional<IdentifierLink> findLink(TenantId tenantId, PersonIdentifier identifier) {
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.identifier = :identifier",
                        IdentifierLink.class)
                .setParameter("tenant", tenantId.value()).setParameter("identifier", identifier.text())
                .getResultStream().findFirst();
    }

    /** The links of any of the identifiers (in text form), looked up at once. */
    public List<IdentifierLink> findLinks(TenantId tenantId, Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.identifier IN :identifiers",
                        IdentifierLink.class)
                .setParameter("tenant", tenantId.value()).setParameter("identifiers", identifiers)
                .getResultList();
    }

    /** The people with any of the ids, looked up at once. */
    public List<Person> findAll(TenantId tenantId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.id IN :ids", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("ids", ids)
                .getResultList();
    }

    public List<IdentifierLink> links(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.personId = :person"
                        + " ORDER BY l.identifier", IdentifierLink.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value())
                .getResultList();
    }

    /** The people who report to the manager, merged people left out. */
    public List<Person> reports(TenantId tenantId, PersonId managerId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.managerId = :manager"
                        + " AND p.status <> :merged ORDER BY p.name", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("manager", managerId.value())
                .setParameter("merged", PersonStatus.MERGED)
                .getResultList();
    }

    /**
     * People of the tenant, merged ones left out, optionally only those holding a role.
     *
     * @param roleId may be null for every role
     */
    public List<Person> all(TenantId tenantId, String roleId) {
        TypedQuery<Person> query = em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant"
                        + " AND p.status <> :merged" + (roleId == null ? "" : " AND p.roleId = :role")
                        + " ORDER BY p.name", Person.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("merged", PersonStatus.MERGED);
        if (roleId != null) {
            query.setParameter("role", roleId);
        }
        return query.getResultList();
    }
}
