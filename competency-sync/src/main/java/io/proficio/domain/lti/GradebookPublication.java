package io.proficio.domain.lti;

import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One publication of a course's levels in a competency to the LMS gradebook (LTI AGS 2.0), as the
 * instructor asked for it, with the {@link ScoreOutcome} of every course member: the log an instructor
 * or admin reads to see who was graded and whom the platform refused. A publication the platform
 * stopped part-way (unreachable, a refused token) keeps the outcomes before it and says why.
 */
@Entity
@Table(name = "gradebook_publication")
public class GradebookPublication {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "platform_id")
    private String platformId;
    @Column(name = "course_ref")
    private String courseRef;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "line_item_url")
    private String lineItemUrl;
    @Column(name = "published_at")
    private Instant publishedAt;
    private int published;
    private int refused;
    private int skipped;
    private String failure;
    @Transient
    private List<ScoreOutcome> outcomes = new ArrayList<>();

    protected GradebookPublication() {
    }

    public GradebookPublication(TenantId tenantId, PlatformId platformId, String courseRef, String competencyId,
                                String lineItemUrl, Instant publishedAt) {
        this.id = UUID.randomUUID().toString();
        this.tenantId = tenantId.value();
        this.platformId = platformId.value();
        this.courseRef = Objects.requireNonNull(courseRef, "courseRef");
        this.competencyId = Objects.requireNonNull(competencyId, "competencyId");
        this.lineItemUrl = Objects.requireNonNull(lineItemUrl, "lineItemUrl");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** Adds the next member's outcome. */
    public void add(ScoreOutcome outcome) {
        outcome.placeIn(id, outcomes.size());
        outcomes.add(outcome);
        switch (outcome.kind()) {
            case PUBLISHED -> published++;
            case REFUSED -> refused++;
            case SKIPPED -> skipped++;
        }
    }

    /** The platform stopped the publication; the members after the last outcome got no score. */
    public void stoppedBy(String reason) {
        this.failure = Objects.requireNonNull(reason, "reason");
    }

    /** The outcomes as read back from storage, in their order. */
    public void restore(List<ScoreOutcome> stored) {
        outcomes = new ArrayList<>(stored);
        outcomes.sort(Comparator.comparingInt(ScoreOutcome::position));
    }

    /**
     * For people: "12 published, 1 refused by the platform: Ines Teacher (HTTP 400). 2 not sent: …",
     * and, when the platform stopped it, why.
     */
    public String summary() {
        StringBuilder text = new StringBuilder().append(published).append(" published");
        if (refused > 0) {
            text.append(", ").append(refused).append(" refused by the platform: ").append(describe(ScoreOutcome.Kind.REFUSED));
        }
        text.append('.');
        if (skipped > 0) {
            text.append(' ').append(skipped).append(" not sent: ").append(describe(ScoreOutcome.Kind.SKIPPED)).append('.');
        }
        if (failure != null) {
            text.append(" Stopped: ").append(failure);
        }
        return text.toString();
    }

    private String describe(ScoreOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).map(ScoreOutcome::describe).collect(Collectors.joining(", "));
    }

    public String id() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public PlatformId platformId() {
        return new PlatformId(platformId);
    }

    public String courseRef() {
        return courseRef;
    }

    public String competencyId() {
        return competencyId;
    }

    public String lineItemUrl() {
        return lineItemUrl;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public int published() {
        return published;
    }

    public int refused() {
        return refused;
    }

    public int skipped() {
        return skipped;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public List<ScoreOutcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
