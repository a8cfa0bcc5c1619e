package io.proficio.application.fakes;

import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonNameChange;
import io.proficio.domain.person.PersonRepository;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.EntityExistsException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link PersonRepository} in memory, as {@code JpaPersonRepository} answers: people and identifier
 * links within one tenant, an identifier linked once per tenant (the primary key), reports and
 * listings without merged people, ordered by name.
 */
public final class InMemoryPersonRepository implements PersonRepository {

    private final List<Person> people = new ArrayList<>();
    private final List<IdentifierLink> links = new ArrayList<>();
    private final List<PersonNameChange> nameChanges = new ArrayList<>();

    @Override
    public void add(Person person) {
        if (people.stream().anyMatch(p -> p.id().equals(person.id()))) {
            throw new EntityExistsException("Person " + person.id() + " exists");
        }
        people.add(person);
    }

    @Override
    public void addAll(List<Person> newPeople, List<IdentifierLink> newLinks) {
        newPeople.forEach(this::add);
        newLinks.forEach(this::add);
    }

    @Override
    public void add(IdentifierLink link) {
        String tenant = EntityFields.tenantId(link);
        if (links.stream().anyMatch(l -> EntityFields.tenantId(l).equals(tenant) && l.identifier().equals(link.identifier()))) {
            throw new EntityExistsException("Identifier " + link.identifier() + " is linked already");
        }
        links.add(link);
    }

    @Override
    public void add(PersonNameChange change) {
        nameChanges.add(change);
    }

    /** Every person of every tenant, in the order added. */
    public List<Person> all() {
        return List.copyOf(people);
    }

    @Override
    public List<PersonNameChange> nameChanges(TenantId tenantId, PersonId personId) {
        return nameChanges.stream().filter(c -> EntityFields.tenantId(c).equals(tenantId.value())
                        && c.personId().equals(personId))
                .sorted(Comparator.comparing(PersonNameChange::changedAt).reversed()).toList();
    }

    private Stream<Person> of(TenantId tenantId) {
        return people.stream().filter(p -> p.tenantId().equals(tenantId));
    }

    private Stream<IdentifierLink> linksOf(TenantId tenantId) {
        return links.stream().filter(l -> EntityFields.tenantId(l).equals(tenantId.value()));
    }

    @Override
    public Optional<Person> find(TenantId tenantId, PersonId id) {
        return of(tenantId).filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<IdentifierLink> findLink(TenantId tenantId, PersonIdentifier identifier) {
        return linksOf(tenantId).filter(l -> l.identifier().equals(identifier.text())).findFirst();
    }

    @Override
    public List<IdentifierLink> findLinks(TenantId tenantId, Collection<String> identifiers) {
        return linksOf(tenantId).filter(l -> identifiers.contains(l.identifier())).toList();
    }

    @Override
    public List<Person> findAll(TenantId tenantId, Collection<String> ids) {
        return of(tenantId).filter(p -> ids.contains(p.id().value())).toList();
    }

    @Override
    public List<IdentifierLink> links(TenantId tenantId, Collection<PersonId> personIds) {
        return linksOf(tenantId).filter(l -> personIds.contains(l.personId()))
                .sorted(Comparator.comparing((IdentifierLink l) -> l.personId().value())
                        .thenComparing(IdentifierLink::identifier)).toList();
    }

    @Override
    public List<Person> reports(TenantId tenantId, PersonId managerId) {
        return of(tenantId).filter(p -> p.status() != PersonStatus.MERGED
                        && p.managerId().map(managerId::equals).orElse(false))
                .sorted(Comparator.comparing(Person::name)).toList();
    }

    @Override
    public List<Person> all(TenantId tenantId, String roleId) {
        return of(tenantId).filter(p -> p.status() != PersonStatus.MERGED
                        && (roleId == null || p.roleId().map(r -> r.value().equals(roleId)).orElse(false)))
                .sorted(Comparator.comparing(Person::name)).toList();
    }
}
