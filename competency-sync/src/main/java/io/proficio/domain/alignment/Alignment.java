package io.proficio.domain.alignment;

import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * Content tagged with a competency and the level it can evidence. One alignment per competency and
 * content: tagging the same pair again changes its level.
 */
@Entity
@Table(name = "alignment")
public class Alignment {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "content_ref")
    private String contentRef;
    @Column(name = "level_number")
    private int level;
    @Column(name = "course_ref")
    private String courseRef;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Alignment() {
    }

    public Alignment(AlignmentId id, TenantId tenantId, CompetencyId competencyId, ContentRef content, int level,
                     Instant at) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.createdAt = at;
        retag(competencyId, content, level, at);
    }

    public void retag(CompetencyId competencyId, ContentRef content, int level, Instant at) {
        this.competencyId = competencyId.value();
        this.contentType = content.type().value();
        this.contentRef = content.ref();
        this.level = level;
        this.updatedAt = at;
    }

    /** Notes the course the alignment was tagged in, the first time it is tagged in one. */
    public void taggedIn(String course) {
        if (courseRef == null) {
            courseRef = course;
        }
    }

    /** The course it was tagged in from the LMS, when it was. */
    public Optional<String> courseRef() {
        return Optional.ofNullable(courseRef);
    }

    public AlignmentId id() {
        return new AlignmentId(id);
    }

    public CompetencyId competencyId() {
        return new CompetencyId(competencyId);
    }

    public ContentRef content() {
        return new ContentRef(ContentType.parse(contentType).orElseThrow(), contentRef);
    }

    public int level() {
        return level;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
