package io.proficio.application.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.proficio.application.fakes.InMemoryPersonRepository;
import io.proficio.domain.person.IdentifierLink;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonIdentifier;
import io.proficio.domain.person.PersonStatus;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonDirectoryTest {

    private static final TenantId TENANT = new TenantId("t1");
    private static final TenantId OTHER = new TenantId("t2");
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final PersonId ADA = new PersonId("p-ada");
    private static final PersonId BO = new PersonId("p-bo");
    private static final PersonId NOBODY = new PersonId("p-none");

    private final InMemoryPersonRepository repository = new InMemoryPersonRepository();
    private final PersonDirectory directory = PeopleWiring.directory(repository);

    PersonDirectoryTest() {
        person(TENANT, ADA, List.of("hr:E1", "mailto:ada@example.org"), List.of("mbox_sha1sum:0123456789abcdef0123456789abcdef01234567"));
        person(TENANT, BO, List.of("hr:E2"), List.of());
        person(OTHER, new PersonId("p-elsewhere"), List.of("hr:E3"), List.of());
    }

    @Test
    void identifiersOfAllReadsEachPersonsOwnIdentifiersLeavingDerivedOnesOut() {
        Map<String, List<String>> identifiers = directory.identifiersOfAll(TENANT, List.of(ADA, BO, NOBODY));

        assertEquals(Map.of(ADA.value(), List.of("hr:E1", "mailto:ada@example.org"), BO.value(), List.of("hr:E2")),
                identifiers);
    }

    @Test
    void identifiersOfOnePersonAreTheirEntryOfIdentifiersOfAll() {
        assertEquals(List.of("hr:E1", "mailto:ada@example.org"), directory.identifiers(TENANT, ADA));
        assertEquals(List.of(), directory.identifiers(TENANT, NOBODY));
    }

    @Test
    void identifiersOfAnotherTenantsPeopleAreNotRead() {
        assertEquals(Map.of(), directory.identifiersOfAll(OTHER, List.of(ADA, BO)));
    }

    private void person(TenantId tenant, PersonId id, List<String> own, List<String> derived) {
        repository.add(new Person(id, tenant, id.value(), PersonStatus.ACTIVE, NOW));
        own.forEach(text -> repository.add(link(tenant, id, text, false)));
        derived.forEach(text -> repository.add(link(tenant, id, text, true)));
    }

    private static IdentifierLink link(TenantId tenant, PersonId id, String text, boolean derived) {
        return new IdentifierLink(tenant, PersonIdentifier.parse(text).orElseThrow(), id, derived, NOW);
    }
}
