package io.proficio.application.framework;

import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.AlignmentRepository;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tags content with competencies, and finds content by competency or competencies by content. */
@Stateless
public class AlignmentService {

    @Inject
    AlignmentRepository alignments;
    @Inject
    FrameworkRepository frameworks;

    /**
     * What a caller asks an alignment to be, as received.
     *
     * @param competencyId may be null (then refused)
     * @param contentType  may be null (then refused)
     * @param contentRef   may be null (then refused)
     * @param level        may be null (then refused)
     */
    public record Tag(String competencyId, String contentType, String contentRef, Integer level) {
    }

    /**
     * Tags the content. Tagging a competency and content already tagged changes the level of the
     * existing alignment.
     *
     * @return the alignment and whether it was new
     */
    public Tagged tag(TenantId tenantId, Tag tag) {
        Checked checked = check(tenantId, tag);
        Optional<Alignment> existing = alignments.find(tenantId, checked.competencyId(), checked.content());
        Instant now = Instant.now();
        if (existing.isPresent()) {
            existing.get().retag(checked.competencyId(), checked.content(), checked.level(), now);
            return new Tagged(existing.get(), false);
        }
        Alignment alignment = new Alignment(AlignmentId.generate(), tenantId, checked.competencyId(), checked.content(),
                checked.level(), now);
        alignments.add(alignment);
        return new Tagged(alignment, true);
    }

    /** {@link #tag}, from an instructor's page in {@code courseRef}, which the alignment remembers. */
    public Tagged tagInCourse(TenantId tenantId, Tag tag, String courseRef) {
        Tagged tagged = tag(tenantId, tag);
        tagged.alignment().taggedIn(courseRef);
        return tagged;
    }

    /** The alignments tagged in a course. */
    public List<Alignment> taggedIn(TenantId tenantId, String courseRef) {
        return alignments.inCourse(tenantId, courseRef);
    }

    /** @param created true when the alignment did not exist before */
    public record Tagged(Alignment alignment, boolean created) {
    }

    public Alignment update(TenantId tenantId, AlignmentId id, Tag tag) {
        Alignment alignment = get(tenantId, id);
        Checked checked = check(tenantId, tag);
        alignments.find(tenantId, checked.competencyId(), checked.content())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new ProficioException(ErrorCode.CONFLICT, "Alignment " + other.id()
                            + " already tags this content with this competency.");
                });
        alignment.retag(checked.competencyId(), checked.content(), checked.level(), Instant.now());
        return alignment;
    }

    private record Checked(CompetencyId competencyId, ContentRef content, int level) {
    }

    private Checked check(TenantId tenantId, Tag tag) {
        Violations violations = new Violations();
        ContentRef content = ContentRef.parse(tag.contentType(), tag.contentRef(), "/content", violations);
        Optional<Scale> scale = Optional.empty();
        if (tag.competencyId() == null || tag.competencyId().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/competencyId", "competencyId is required.");
        } else {
            scale = frameworks.scaleOfCompetency(tenantId, new CompetencyId(tag.competencyId()));
            if (scale.isEmpty()) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, "/competencyId",
                        "There is no competency " + tag.competencyId() + " in this tenant.");
            }
        }
        if (tag.level() == null) {
            violations.add(ErrorCode.INVALID_REQUEST, "/level", "level is required.");
        } else if (scale.isPresent() && !scale.get().contains(tag.level())) {
            violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, "/level", "Level " + tag.level()
                    + " is outside the competency's scale (1.." + scale.get().highestLevel() + ").");
        }
        violations.throwIfAny("The alignment is not valid");
        return new Checked(new CompetencyId(tag.competencyId()), content, tag.level());
    }

    public Alignment get(TenantId tenantId, AlignmentId id) {
        return alignments.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Alignment", id));
    }

    /**
     * @param competencyId may be null
     * @param contentType  may be null; an unknown type is refused
     * @param contentRef   may be null
     */
    public List<Alignment> list(TenantId tenantId, String competencyId, String contentType, String contentRef) {
        ContentType type = null;
        if (contentType != null) {
            type = ContentType.parse(contentType).orElseThrow(() -> new ProficioException(ErrorCode.INVALID_REQUEST,
                    "contentType must be one of xapi-activity, xapi-activity-prefix, lti-resource-link, course."));
        }
        return alignments.list(tenantId, competencyId == null ? null : new CompetencyId(competencyId), type, contentRef);
    }

    public void delete(TenantId tenantId, AlignmentId id) {
        alignments.remove(get(tenantId, id));
    }
}
