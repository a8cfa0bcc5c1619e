package io.proficio.domain.casepkg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tree that a framework's {@code isChildOf} associations describe (CASE 1.0 §4.3.6: the origin
 * is the child, the destination its parent, the document itself being the top). Children are
 * ordered by the association's {@code sequenceNumber}, then by the order of the items in the package.
 * An item may have several parents; it then appears under each. Items without any parent are roots.
 */
public final class Hierarchy {

    private final String documentIdentifier;
    private final List<String> itemOrder;
    private final Map<String, List<String>> childrenByParent;

    private Hierarchy(String documentIdentifier, List<String> itemOrder, Map<String, List<String>> childrenByParent) {
        this.documentIdentifier = documentIdentifier;
        this.itemOrder = itemOrder;
        this.childrenByParent = childrenByParent;
    }

    /**
     * @param documentIdentifier the CFDocument identifier, never null
     * @param itemIdentifiers    the items in package order, never null
     * @param associations       all associations; those not {@code isChildOf} are ignored
     */
    public static Hierarchy of(String documentIdentifier, List<String> itemIdentifiers,
                               List<CaseAssociation> associations) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < itemIdentifiers.size(); i++) {
            position.putIfAbsent(itemIdentifiers.get(i), i);
        }
        Comparator<CaseAssociation> siblingOrder = Comparator
                .comparing((CaseAssociation a) -> a.sequenceNumber() == null ? Integer.MAX_VALUE : a.sequenceNumber())
                .thenComparing(a -> position.getOrDefault(a.origin().identifier(), Integer.MAX_VALUE));
        Map<String, List<String>> children = new LinkedHashMap<>();
        associations.stream()
                .filter(CaseAssociation::isChildOf)
                .sorted(siblingOrder)
                .forEach(a -> children.computeIfAbsent(a.destination().identifier(), k -> new ArrayList<>())
                        .add(a.origin().identifier()));
        return new Hierarchy(documentIdentifier, List.copyOf(itemIdentifiers), children);
    }

    /** The items directly under the document, then the items that have no parent at all. */
    public List<String> roots() {
        List<String> roots = new ArrayList<>(children(documentIdentifier));
        Set<String> hasParent = new HashSet<>();
        childrenByParent.values().forEach(hasParent::addAll);
        itemOrder.stream().filter(item -> !hasParent.contains(item)).forEach(roots::add);
        return roots;
    }

    /** The ordered children of an item (or of the document), empty when it has none. */
    public List<String> children(String parentIdentifier) {
        return childrenByParent.getOrDefault(parentIdentifier, List.of());
    }

    /**
     * A cycle of {@code isChildOf} between items, if there is one: the identifiers along it, the
     * first repeated at the end (e.g. {@code [a, b, a]}).
     */
    public Optional<List<String>> findCycle() {
        Map<String, Mark> marks = new HashMap<>();
        for (String start : childrenByParent.keySet()) {
            Optional<List<String>> cycle = visit(start, marks, new ArrayList<>());
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private enum Mark { IN_PROGRESS, DONE }

    private Optional<List<String>> visit(String node, Map<String, Mark> marks, List<String> path) {
        Mark mark = marks.get(node);
        if (mark == Mark.DONE) {
            return Optional.empty();
        }
        if (mark == Mark.IN_PROGRESS) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        marks.put(node, Mark.IN_PROGRESS);
        path.add(node);
        for (String child : children(node)) {
            Optional<List<String>> cycle = visit(child, marks, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        marks.put(node, Mark.DONE);
        return Optional.empty();
    }
}
