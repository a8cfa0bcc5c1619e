package io.proficio.interfaces.api;

import io.proficio.application.framework.CompetencyNode;
import io.proficio.application.framework.FrameworkSummary;
import io.proficio.application.framework.FrameworkTree;
import io.proficio.domain.framework.Framework;
import java.time.Instant;
import java.util.List;

/** Framework views of the API: the summary lists show, and the tree of one framework. */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    public record Summary(String id, String identifier, String title, String version, String creator, String uri,
                          long competencyCount, Instant createdAt, Instant updatedAt) {
        static Summary of(Framework f, long competencyCount) {
            return new Summary(f.id().value(), f.caseIdentifier(), f.title(), f.version(), f.creator(), f.uri(),
                    competencyCount, f.createdAt(), f.updatedAt());
        }

        static Summary of(FrameworkSummary summary) {
            return of(summary.framework(), summary.competencyCount());
        }
    }

    public record Node(String id, String identifier, String code, String statement, String abbreviatedStatement,
                       String type, String listEnumeration, List<Node> children) {
        static Node of(CompetencyNode node) {
            CompetencyJson c = CompetencyJson.of(node.competency());
            return new Node(c.id(), c.identifier(), c.code(), c.statement(), c.abbreviatedStatement(), c.type(),
                    c.listEnumeration(), node.children().stream().map(Node::of).toList());
        }
    }

    public record Tree(String id, String identifier, String title, String version, String creator, String uri,
                       long competencyCount, Instant createdAt, Instant updatedAt, List<Node> competencies) {
        static Tree of(FrameworkTree tree) {
            Summary s = Summary.of(tree.framework(), tree.competencyCount());
            return new Tree(s.id(), s.identifier(), s.title(), s.version(), s.creator(), s.uri(), s.competencyCount(),
                    s.createdAt(), s.updatedAt(), tree.roots().stream().map(Node::of).toList());
        }
    }
}
