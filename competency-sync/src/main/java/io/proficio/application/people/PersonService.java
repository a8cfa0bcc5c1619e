package io.proficio.application.people;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.lti.PlatformUser;
import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonMerged;
import io.proficio.domain.person.PersonNameChange;
import io.proficio.domain.person.PersonRepository;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.proficiency.ProficiencyRepository;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfile;
import io.proficio.domain.role.RoleProfileRepository;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * People and their identifiers: creating, finding by any identifier, placing in a role stage and
 * under a manager, linking another identifier, and merging two records of the same person.
 */
@Stateless
public class PersonService {

    private static final Logger LOG = Logger.getLogger(PersonService.class.getName());

    @Inject
    PersonRepository people;
    @Inject
    PersonDirectory directory;
    @Inject
    RoleProfileRepository roles;
    @Inject
    EvidenceRepository evidence;
    @Inject
    ProficiencyRepository proficiencies;
    @Inject
    Event<PersonMerged> merged;

    public Person create(TenantId tenantId, PersonSpec spec) {
        Person person = new Person(PersonId.generate(), tenantId, "", PersonStatus.ACTIVE, Instant.now());
        List<PersonIdentifier> identifiers = checkIdentifiers(spec.identifiers(), person.id(), tenantId);
        place(tenantId, person, spec);
        people.add(person);
        identifiers.forEach(identifier -> link(tenantId, person.id(), identifier));
        return person;
    }

    public Person update(TenantId tenantId, PersonId id, PersonSpec spec) {
        Person person = directory.get(tenantId, id);
        place(tenantId, person, spec);
        return person;
    }

    private void place(TenantId tenantId, Person person, PersonSpec spec) {
        Violations violations = new Violations();
        if (spec.name() == null || spec.name().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/name", "A person needs a name.");
        }
        PersonId managerId = spec.managerId() == null ? null : new PersonId(spec.managerId());
        if (managerId != null && !managesWithoutCycle(tenantId, managerId, person.id())) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/managerId", "Person " + spec.managerId()
                    + " cannot be this person's manager: unknown in this tenant, or managed by this person.");
        }
        RoleId roleId = spec.roleId() == null ? null : new RoleId(spec.roleId());
        Optional<RoleProfile> role = roleId == null ? Optional.empty() : roles.find(tenantId, roleId);
        if (roleId != null && role.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/roleId", "There is no role profile " + roleId + " in this tenant.");
        }
        if (spec.stage() != null && (role.isEmpty() || spec.stage() < 1 || spec.stage() > role.get().stages().size())) {
            violations.add(ErrorCode.INVALID_REQUEST, "/stage", role.isEmpty()
                    ? "A stage needs a role profile." : "The role has stages 1.." + role.get().stages().size() + ".");
        }
        violations.throwIfAny("The person is not valid");
        person.place(spec.name().strip(), managerId, roleId, spec.stage(), Instant.now());
    }

    /** True when the manager is an active person of the tenant who is not (indirectly) managed by the person. */
    private boolean managesWithoutCycle(TenantId tenantId, PersonId managerId, PersonId personId) {
        Set<PersonId> seen = new HashSet<>();
        Optional<Person> next = people.find(tenantId, managerId).filter(m -> m.status() != PersonStatus.MERGED);
        if (next.isEmpty()) {
            return false;
        }
        while (next.isPresent() && seen.add(next.get().id())) {
            if (next.get().id().equals(personId)) {
                return false;
            }
            next = next.get().managerId().flatMap(id -> people.find(tenantId, id));
        }
        return true;
    }

    private List<PersonIdentifier> checkIdentifiers(List<String> texts, PersonId personId, TenantId tenantId) {
        Violations violations = new Violations();
        List<PersonIdentifier> identifiers = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String problem = PersonIdentifier.problem(texts.get(i));
            if (problem != null) {
                violations.add(ErrorCode.INVALID_REQUEST, "/identifiers/" + i, problem);
                continue;
            }
            PersonIdentifier identifier = PersonIdentifier.parse(texts.get(i)).orElseThrow();
            Optional<IdentifierLink> taken = people.findLink(tenantId, identifier)
                    .filter(link -> !link.personId().equals(personId));
            if (taken.isPresent()) {
                throw new ProficioException(ErrorCode.CONFLICT, "Identifier " + identifier
                        + " already belongs to person " + taken.get().personId() + "; link or merge instead.");
            }
            identifiers.add(identifier);
        }
        violations.throwIfAny("The identifiers are not valid");
        return identifiers;
    }

    private void link(TenantId tenantId, PersonId personId, PersonIdentifier identifier) {
        if (people.findLink(tenantId, identifier).isEmpty()) {
            people.add(new IdentifierLink(tenantId, identifier, personId, false, Instant.now()));
        }
        identifier.sha1Twin().filter(twin -> people.findLink(tenantId, twin).isEmpty())
                .ifPresent(twin -> people.add(new IdentifierLink(tenantId, twin, personId, true, Instant.now())));
    }

    /**
     * The person an outside system knows by {@code identifier} (e.g. an LMS's {@code lti:iss|sub}): found
     * by it, else by the first of {@code alsoKnownAs} that names someone, else created with {@code name}.
     * Every one of the identifiers not yet linked to anybody is linked to them; one that already belongs
     * to somebody else stays theirs (merging people is a decision for an admin).
     */
    public Person recognise(TenantId tenantId, String identifier, String name, List<String> alsoKnownAs) {
        return recognise(tenantId, identifier, name, alsoKnownAs, PersonStatus.ACTIVE);
    }

    /**
     * {@link #recognise}, a person made for an identifier nobody knew yet having {@code statusIfNew};
     * recognised by a source that makes people active (an LMS), a pending person becomes active.
     */
    public Person recognise(TenantId tenantId, String identifier, String name, List<String> alsoKnownAs,
                            PersonStatus statusIfNew) {
        List<PersonIdentifier> known = Stream.concat(Stream.of(identifier), alsoKnownAs.stream())
                .map(PersonIdentifier::parse).flatMap(Optional::stream).toList();
        Person person = known.stream()
                .map(id -> people.findLink(tenantId, id).flatMap(link -> people.find(tenantId, link.personId())))
                .flatMap(Optional::stream).findFirst().map(found -> directory.resolve(tenantId, found))
                .orElseGet(() -> {
                    Person created = new Person(PersonId.generate(), tenantId, name, statusIfNew, Instant.now());
                    people.add(created);
                    return created;
                });
        if (statusIfNew == PersonStatus.ACTIVE) {
            person.confirm(Instant.now());
        }
        // One read of what is linked already: a returning person usually has every identifier.
        Set<String> linked = new HashSet<>();
        people.links(tenantId, person.id()).forEach(link -> linked.add(link.identifier()));
        known.stream().filter(id -> !linked.contains(id.text())).forEach(id -> link(tenantId, person.id(), id));
        return person;
    }

    /**
     * {@link #recognise} for a user of an LMS, which is the truth for names: when the platform shares
     * the user's name and it differs from the person's (say, a person first seen in xAPI statements as
     * "Pat Doe", whom Moodle calls "Lena Learner"), the person takes it, and the change is recorded.
     *
     * @param source where the name comes from, e.g. {@code lti-launch:<issuer>} or {@code nrps:<issuer>}
     */
    public Person recogniseFromPlatform(TenantId tenantId, PlatformUser user, String source) {
        Person person = recognise(tenantId, user.identifier(), user.displayName(), user.alsoKnownAs());
        user.fullName().flatMap(name -> person.rename(name, source, Instant.now())).ifPresent(change -> {
            people.add(change);
            LOG.info(() -> "People: " + person.id().value() + " renamed by " + source);
        });
        return person;
    }


    /** Adds an identifier to a person; one that is already theirs changes nothing. */
    public Person addIdentifier(TenantId tenantId, PersonId id, String identifier) {
        Person person = directory.get(tenantId, id);
        checkIdentifiers(List.of(identifier == null ? "" : identifier), id, tenantId)
                .forEach(parsed -> link(tenantId, id, parsed));
        return person;
    }




    /**
     * {@link #recognise} for many people at once, each known by one identifier (e.g. the actors of a
     * batch of statements, with their names): the known are found with one query, the others made
     * with {@code statusIfNew} and linked to their identifier (and, for an email address, its SHA-1
     * form when nobody has that yet), written together.
     */
    public Map<String, Person> recogniseAll(TenantId tenantId, Map<String, String> namesByIdentifier,
                                            PersonStatus statusIfNew) {
        Map<String, Person> recognised = new HashMap<>(directory.findAllByIdentifier(tenantId, namesByIdentifier.keySet()));
        Instant now = Instant.now();
        if (statusIfNew == PersonStatus.ACTIVE) {
            recognised.values().forEach(person -> person.confirm(now));
        }
        List<String> unknown = namesByIdentifier.keySet().stream().filter(text -> !recognised.containsKey(text)).toList();
        Set<String> taken = new HashSet<>();
        people.findLinks(tenantId, unknown.stream().flatMap(text -> PersonIdentifier.parse(text).stream())
                        .flatMap(id -> id.sha1Twin().stream()).map(PersonIdentifier::text).toList())
                .forEach(link -> taken.add(link.identifier()));
        List<Person> made = new ArrayList<>();
        List<IdentifierLink> links = new ArrayList<>();
        // The texts of one learner are one new person: an identifier as given and in its canonical form,
        // and an email and the SHA-1 of that email (xAPI mbox and mbox_sha1sum), in either order.
        Map<String, Person> madeFor = new HashMap<>();
        for (String text : unknown) {
            Optional<PersonIdentifier> identifier = PersonIdentifier.parse(text);
            Person person = madeFor.computeIfAbsent(identifier.map(PersonService::learnerKey).orElse(text), key -> {
                Person created = new Person(PersonId.generate(), tenantId, namesByIdentifier.get(text), statusIfNew, now);
                made.add(created);
                return created;
            });
            identifier.filter(id -> taken.add(id.text())).ifPresent(id -> {
                links.add(new IdentifierLink(tenantId, id, person.id(), false, now));
                id.sha1Twin().filter(twin -> taken.add(twin.text())).ifPresent(twin ->
                        links.add(new IdentifierLink(tenantId, twin, person.id(), true, now)));
            });
            recognised.put(text, person);
        }
        people.addAll(made, links);
        return recognised;
    }

    /** What the identifiers of one learner share: an email's SHA-1 twin, else the identifier itself. */
    private static String learnerKey(PersonIdentifier identifier) {
        return identifier.sha1Twin().orElse(identifier).text();
    }

    /**
     * Merges {@code duplicate} into {@code survivor}: its identifiers, evidence and reports move to
     * the survivor, whose proficiency is derived afresh from the combined ledger ({@link PersonMerged}). The duplicate is
     * kept as a pointer to the survivor.
     */
    public Person merge(TenantId tenantId, PersonId survivorId, PersonId duplicateId) {
        Person survivor = directory.get(tenantId, survivorId);
        Person duplicate = directory.get(tenantId, duplicateId);
        if (survivor.id().equals(duplicate.id())) {
            throw ProficioException.invalid("/personId", "A person cannot be merged into themself.");
        }
        Instant now = Instant.now();
        people.links(tenantId, duplicate.id()).forEach(link -> link.moveTo(survivor.id()));
        people.reports(tenantId, duplicate.id()).stream()
                .filter(report -> !report.id().equals(survivor.id()))
                .forEach(report -> report.reportTo(survivor.id(), now));
        evidence.moveAll(tenantId, duplicate.id(), survivor.id());
        proficiencies.of(tenantId, duplicate.id()).forEach(proficiencies::remove);
        duplicate.mergeInto(survivor.id(), now);
        merged.fire(new PersonMerged(tenantId, survivor.id(), duplicate.id()));
        return survivor;
    }
}
