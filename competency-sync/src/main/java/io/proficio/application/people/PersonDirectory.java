package io.proficio.application.people;

import io.proficio.domain.error.ProficioException;
import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonNameChange;
import io.proficio.domain.person.PersonRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding people: by id, by any identifier (following merges), by manager or role, and the
 * identifiers other systems know them by. Read-only, so that every context may look people up
 * without depending on how they are made or merged ({@link PersonService}).
 */
@Stateless
public class PersonDirectory {

    @Inject
    PersonRepository people;

    /** The names a person was given by their LMS, newest first. */
    public List<PersonNameChange> nameChanges(TenantId tenantId, PersonId id) {
        return people.nameChanges(tenantId, get(tenantId, id).id());
    }

    /** The active person an identifier names, following merges. */
    public Optional<Person> findByIdentifier(TenantId tenantId, String text) {
        String problem = PersonIdentifier.problem(text);
        if (problem != null) {
            throw ProficioException.invalid("/identifier", problem);
        }
        return people.findLink(tenantId, PersonIdentifier.parse(text).orElseThrow())
                .flatMap(link -> people.find(tenantId, link.personId()))
                .map(person -> resolve(tenantId, person));
    }

    /** The person, or the one they were merged into (followed up to 16 merges). */
    public Person resolve(TenantId tenantId, Person person) {
        Person current = person;
        for (int hops = 0; hops < 16 && current.mergedInto().isPresent(); hops++) {
            current = people.find(tenantId, current.mergedInto().get()).orElse(current);
        }
        return current;
    }

    /**
     * {@link #findByIdentifier} for several identifiers in text form at once (e.g. the actors of a
     * batch of statements): each to the active person it names; texts that name nobody, or are no
     * identifier, are left out.
     */
    public Map<String, Person> findAllByIdentifier(TenantId tenantId, Collection<String> texts) {
        Map<String, List<String>> textsByCanonical = new HashMap<>();
        texts.forEach(text -> PersonIdentifier.parse(text).ifPresent(parsed ->
                textsByCanonical.computeIfAbsent(parsed.text(), k -> new ArrayList<>()).add(text)));
        List<IdentifierLink> links = people.findLinks(tenantId, textsByCanonical.keySet());
        Map<String, Person> byId = findAll(tenantId, links.stream().map(link -> link.personId().value()).toList());
        Map<String, Person> found = new HashMap<>();
        links.forEach(link -> Optional.ofNullable(byId.get(link.personId().value())).ifPresent(person ->
                textsByCanonical.get(link.identifier()).forEach(text -> found.put(text, person))));
        return found;
    }

    /**
     * {@link #find} for several people at once: each id to the person, or the one they were merged
     * into; ids the tenant has no person for are left out.
     */
    public Map<String, Person> findAll(TenantId tenantId, Collection<String> ids) {
        Map<String, Person> found = new HashMap<>();
        people.findAll(tenantId, ids).forEach(person -> found.put(person.id().value(), resolve(tenantId, person)));
        return found;
    }

    /** The person, or the one a merged person became. */
    public Person get(TenantId tenantId, PersonId id) {
        return find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Person", id));
    }

    /** The person, or the one a merged person became; empty when the tenant has no such person. */
    public Optional<Person> find(TenantId tenantId, PersonId id) {
        return people.find(tenantId, id).map(person -> resolve(tenantId, person));
    }

    /** The person's user id on an LTI platform: the {@code sub} of their {@code lti:<issuer>|<sub>} identifier. */
    public Optional<String> platformUserId(TenantId tenantId, PersonId id, String issuer) {
        String prefix = "lti:" + issuer + "|";
        return identifiers(tenantId, id).stream().filter(i -> i.startsWith(prefix))
                .map(i -> i.substring(prefix.length())).findFirst();
    }

    /** The identifiers other systems know the person by (derived ones, such as hashed mailboxes, left out). */
    public List<String> identifiers(TenantId tenantId, PersonId id) {
        return identifiersOfAll(tenantId, List.of(id)).getOrDefault(id.value(), List.of());
    }

    /** {@link #identifiers} of several people at once: person id to identifiers; people without any left out. */
    public Map<String, List<String>> identifiersOfAll(TenantId tenantId, Collection<PersonId> ids) {
        Map<String, List<String>> identifiers = new HashMap<>();
        people.links(tenantId, ids).stream().filter(link -> !link.isDerived()).forEach(link ->
                identifiers.computeIfAbsent(link.personId().value(), k -> new ArrayList<>()).add(link.identifier()));
        return identifiers;
    }

    public List<Person> reports(TenantId tenantId, PersonId managerId) {
        return people.reports(tenantId, get(tenantId, managerId).id());
    }

    public List<Person> all(TenantId tenantId, String roleId) {
        return people.all(tenantId, roleId);
    }
}
