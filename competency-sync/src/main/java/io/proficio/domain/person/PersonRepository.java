package io.proficio.domain.person;

import io.proficio.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** People and the identifiers that point at them. */
public interface PersonRepository {

    void add(Person person);

    /** New people, then their identifiers (no mapped relation tells JPA to write the people first). */
    void addAll(List<Person> people, List<IdentifierLink> links);

    void add(IdentifierLink link);

    void add(PersonNameChange change);

    /** A person's name changes, newest first. */
    List<PersonNameChange> nameChanges(TenantId tenantId, PersonId personId);

    Optional<Person> find(TenantId tenantId, PersonId id);

    Optional<IdentifierLink> findLink(TenantId tenantId, PersonIdentifier identifier);

    /** The links of any of the identifiers (in text form), looked up at once. */
    List<IdentifierLink> findLinks(TenantId tenantId, Collection<String> identifiers);

    /** The people with any of the ids, looked up at once. */
    List<Person> findAll(TenantId tenantId, Collection<String> ids);

    /** The person's links, by identifier. */
    default List<IdentifierLink> links(TenantId tenantId, PersonId personId) {
        return links(tenantId, List.of(personId));
    }

    /** The links of any of the people, looked up at once, by person and identifier. */
    List<IdentifierLink> links(TenantId tenantId, Collection<PersonId> personIds);

    /** The people who report to the manager, merged people left out. */
    List<Person> reports(TenantId tenantId, PersonId managerId);

    /**
     * People of the tenant, merged ones left out, optionally only those holding a role.
     *
     * @param roleId may be null for every role
     */
    List<Person> all(TenantId tenantId, String roleId);
}
