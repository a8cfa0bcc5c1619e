package io.proficio.interfaces.api;

import io.proficio.application.evidence.EvidenceSpec;
import io.proficio.domain.evidence.Evidence;
import java.time.Instant;

/**
 * Evidence as the API reads and writes it:
 * {@code {"personId", "competencyId", "level" or "scaledScore", "source": {"kind", "ref"}, "content"?: {"type", "ref"},
 * "observedAt"?, "weight"?}}; {@code content} is what the evidence came from, as alignments name content.
 */
public record EvidenceJson(String id, String personId, String competencyId, Integer level, Double scaledScore,
                           Source source, AlignmentResource.ContentJson content, Double weight, Instant observedAt,
                           Instant recordedAt, Instant retractedAt, String retractionReason) {

    /** Where evidence comes from: its kind and the reference that makes it unique. */
    public record Source(String kind, String ref) {
    }

    static EvidenceJson of(Evidence e) {
        return new EvidenceJson(e.id().value(), e.personId().value(), e.competencyId().value(), e.level(),
                e.scaledScore().orElse(null), new Source(e.source().value(), e.sourceRef()),
                e.content().map(c -> new AlignmentResource.ContentJson(c.type().value(), c.ref())).orElse(null),
                e.weight(), e.observedAt(),
                e.recordedAt(), e.retractedAt().orElse(null), e.retractionReason().orElse(null));
    }

    EvidenceSpec toSpec() {
        return new EvidenceSpec(personId, competencyId, level, scaledScore, source == null ? null : source.kind(),
                source == null ? null : source.ref(), observedAt, weight, content == null ? null : content.type(),
                content == null ? null : content.ref());
    }
}
