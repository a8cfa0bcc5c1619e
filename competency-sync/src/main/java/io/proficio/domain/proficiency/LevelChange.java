package io.proficio.domain.proficiency;

import io.proficio.domain.person.PersonId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One person's confirmed levels before a derivation, and every level they hold after it.
 *
 * @param before competency id → confirmed level before (provisional levels are left out)
 * @param after  every level held after the derivation, provisional ones included
 */
public record LevelChange(PersonId person, Map<String, Integer> before, Collection<Proficiency> after) {

    /** The confirmed levels among {@code levels}, as {@link #before} holds them. */
    public static Map<String, Integer> confirmed(Collection<Proficiency> levels) {
        Map<String, Integer> confirmed = new HashMap<>();
        levels.stream().filter(p -> !p.isProvisional()).forEach(p -> confirmed.put(p.competencyId().value(), p.level()));
        return confirmed;
    }
}
