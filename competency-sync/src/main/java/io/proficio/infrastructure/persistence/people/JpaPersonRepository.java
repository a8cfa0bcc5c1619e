package io.proficio.infrastructure.persistence.people;

import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonNameChange;
import io.proficio.domain.person.PersonRepository;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link PersonRepository} on JPA. */
@ApplicationScoped
public class JpaPersonRepository implements PersonRepository {

    @PersistenceContext(unitName = "proficio")
    EntityManager em;

    @Override
    public void add(Person person) {
        em.persist(person);
        em.flush();
    }

    @Override
    public void addAll(List<Person> people, List<IdentifierLink> links) {
        people.forEach(em::persist);
        em.flush();
        links.forEach(em::persist);
    }

    @Override
    public void add(IdentifierLink link) {
        em.persist(link);
    }

    @Override
    public void add(PersonNameChange change) {
        em.persist(change);
    }

    @Override
    public List<PersonNameChange> nameChanges(TenantId tenantId, PersonId personId) {
        return em.createQuery("SELECT c FROM PersonNameChange c WHERE c.tenantId = :tenant AND c.personId = :person"
                        + " ORDER BY c.changedAt DESC", PersonNameChange.class)
                .setParameter("tenant", tenantId.value()).setParameter("person", personId.value()).getResultList();
    }

    @Override
    public Optional<Person> find(TenantId tenantId, PersonId id) {
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.id = :id", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("id", id.value())
                .getResultStream().findFirst();
    }

    @Override
    public Optional<IdentifierLink> findLink(TenantId tenantId, PersonIdentifier identifier) {
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.identifier = :identifier",
                        IdentifierLink.class)
                .setParameter("tenant", tenantId.value()).setParameter("identifier", identifier.text())
                .getResultStream().findFirst();
    }

    @Override
    public List<IdentifierLink> findLinks(TenantId tenantId, Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.identifier IN :identifiers",
                        IdentifierLink.class)
                .setParameter("tenant", tenantId.value()).setParameter("identifiers", identifiers)
                .getResultList();
    }

    @Override
    public List<Person> findAll(TenantId tenantId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.id IN :ids", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<IdentifierLink> links(TenantId tenantId, Collection<PersonId> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM IdentifierLink l WHERE l.tenantId = :tenant AND l.personId IN :people"
                        + " ORDER BY l.personId, l.identifier", IdentifierLink.class)
                .setParameter("tenant", tenantId.value())
                .setParameter("people", personIds.stream().map(PersonId::value).toList())
                .getResultList();
    }

    @Override
    public List<Person> reports(TenantId tenantId, PersonId managerId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.tenantId = :tenant AND p.managerId = :manager"
                        + " AND p.status <> :merged ORDER BY p.name", Person.class)
                .setParameter("tenant", tenantId.value()).setParameter("manager", managerId.value())
                .setParameter("merged", PersonStatus.MERGED)
                .getResultList();
    }

    @Override
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
