package io.proficio.domain.proficiency;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Carries levels up a competency hierarchy, so a person who has shown the parts of a competency is
 * credited with the whole even without evidence for the whole itself.
 *
 * <ul>
 *   <li>A competency with direct evidence keeps its direct level; its children do not change it.</li>
 *   <li>A competency without direct evidence takes the {@link RollUpRule} over those of its children
 *       that have a level, derived the same way (children first, to any depth).</li>
 *   <li>A competency none of whose children has a level has no level, and is absent from the result.</li>
 * </ul>
 *
 * Hierarchies are meant to be trees or DAGs, but the roll-up terminates on any input: a competency
 * met again while its own level is still being derived (a cycle) counts as having no level there.
 * Which competency of a cycle is cut depends on where the walk enters it: the walk starts from the
 * roots in id order, so the result depends only on the hierarchy, not on map iteration order. Every
 * level still comes from real evidence. The walk uses its own stack, so a deep hierarchy cannot
 * overflow the thread's, and derives each competency once, so shared sub-trees cost nothing extra.
 */
public final class RollUp {

    private RollUp() {
    }

    /**
     * @param directLevels     the level from direct evidence per competency id, never null, no null
     *                         keys or values
     * @param childrenByParent the child ids per parent id, never null; a parent absent from it has no
     *                         children; null lists and null child ids are not allowed
     * @param rule             how child levels combine, never null
     * @return the level of every competency that has one, direct or rolled up: the competencies of
     *         {@code directLevels} first, then the others in the order they are met; unmodifiable
     */
    public static Map<String, Integer> derive(Map<String, Integer> directLevels,
                                              Map<String, List<String>> childrenByParent, RollUpRule rule) {
        Objects.requireNonNull(rule, "rule");
        directLevels.forEach((competency, level) -> {
            Objects.requireNonNull(competency, "competency id");
            Objects.requireNonNull(level, "level of " + competency);
        });
        Map<String, Integer> levels = new LinkedHashMap<>(directLevels);
        Set<String> resolved = new HashSet<>(directLevels.keySet());
        for (String competency : entryOrder(childrenByParent)) {
            if (!resolved.contains(competency)) {
                resolveFrom(competency, childrenByParent, rule, levels, resolved);
            }
        }
        return Collections.unmodifiableMap(levels);
    }

    /**
     * Where the walk enters the hierarchy: the roots (competencies that are no one's child), then any
     * competencies left over (those only in rootless cycles), each group sorted by id. Sorting makes
     * the result independent of the iteration order of {@code childrenByParent}, which matters only
     * where a cycle is cut.
     */
    private static List<String> entryOrder(Map<String, List<String>> childrenByParent) {
        Set<String> children = new HashSet<>();
        childrenByParent.values().forEach(children::addAll);
        Set<String> entries = new LinkedHashSet<>();
        childrenByParent.keySet().stream().filter(parent -> !children.contains(parent)).sorted().forEach(entries::add);
        Stream.concat(childrenByParent.keySet().stream(), children.stream()).sorted().forEach(entries::add);
        return List.copyOf(entries);
    }

    /** A competency on the walk's path and the index of its next child to visit. */
    private static final class Visit {
        final String competency;
        final List<String> children;
        int next;

        Visit(String competency, List<String> children) {
            this.competency = competency;
            this.children = children;
        }
    }

    /** Derives {@code start} and every competency below it not derived yet, children before parents. */
    private static void resolveFrom(String start, Map<String, List<String>> childrenByParent, RollUpRule rule,
                                    Map<String, Integer> levels, Set<String> resolved) {
        Deque<Visit> path = new ArrayDeque<>();
        Set<String> onPath = new HashSet<>();
        path.push(new Visit(start, childrenByParent.getOrDefault(start, List.of())));
        onPath.add(start);
        while (!path.isEmpty()) {
            Visit visit = path.peek();
            if (visit.next < visit.children.size()) {
                String child = Objects.requireNonNull(visit.children.get(visit.next++), "child id");
                if (!resolved.contains(child) && !onPath.contains(child)) {
                    path.push(new Visit(child, childrenByParent.getOrDefault(child, List.of())));
                    onPath.add(child);
                }
                continue;
            }
            path.pop();
            onPath.remove(visit.competency);
            // Every child is resolved by now, except ancestors on the path (a cycle): those have no level.
            combine(visit.children, levels, rule).ifPresent(level -> levels.put(visit.competency, level));
            resolved.add(visit.competency);
        }
    }

    private static Optional<Integer> combine(List<String> children, Map<String, Integer> levels, RollUpRule rule) {
        int count = 0;
        long sum = 0;
        int minimum = Integer.MAX_VALUE;
        // A child listed twice counts once: the hierarchy says "is part of", not "how much".
        for (String child : new LinkedHashSet<>(children)) {
            Integer level = levels.get(child);
            if (level != null) {
                count++;
                sum += level;
                minimum = Math.min(minimum, level);
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(switch (rule) {
            case MINIMUM -> minimum;
            // Half up in exact integer arithmetic: floor((2 * sum + count) / (2 * count)).
            case AVERAGE -> (int) Math.floorDiv(2 * sum + count, 2L * count);
        });
    }
}
