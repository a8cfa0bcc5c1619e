package io.proficio.application;

import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Recommendation;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** A learner's competency profile in one read: levels, gaps to their stage and the next, recommendations. */
@Stateless
public class ProfileService {

    static final int RECOMMENDATIONS = 10;

    @Inject
    PersonService people;
    @Inject
    ProficiencyService proficiencies;
    @Inject
    GapService gaps;

    /**
     * @param gaps            empty when the person holds no role profile yet
     * @param recommendations empty without a role profile
     */
    public record Profile(Person person, List<HeldProficiency> levels, Optional<GapService.GapReport> gaps,
                          List<Recommendation> recommendations) {
    }

    public Profile of(TenantId tenantId, PersonId personId) {
        Person person = people.get(tenantId, personId);
        List<HeldProficiency> levels = proficiencies.of(tenantId, person.id());
        if (person.roleId().isEmpty()) {
            return new Profile(person, levels, Optional.empty(), List.of());
        }
        return new Profile(person, levels, Optional.of(gaps.gaps(tenantId, person.id())),
                gaps.recommendations(tenantId, person.id(), RECOMMENDATIONS));
    }
}
