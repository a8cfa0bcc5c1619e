package io.proficio.domain.evidence;

import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.Observation;
import io.proficio.domain.proficiency.SourceKind;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One observation that a person showed a competency at a level. Unique per tenant by source kind,
 * source reference and competency, so the same statement or score recorded twice is one piece of
 * evidence. Never changed after it is recorded, except to be retracted or moved to the surviving
 * person of a merge.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    @Id
    private String id;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "competency_id")
    private String competencyId;
    @Column(name = "level_number")
    private int level;
    @Column(name = "scaled_score")
    private Double scaledScore;
    @Column(name = "source_kind")
    private String sourceKind;
    @Column(name = "source_ref")
    private String sourceRef;
    private double weight;
    @Column(name = "observed_at")
    private Instant observedAt;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "content_ref")
    private String contentRef;
    @Column(name = "retracted_at")
    private Instant retractedAt;
    @Column(name = "retraction_reason")
    private String retractionReason;

    protected Evidence() {
    }

    /**
     * @param scaledScore the score the level was mapped from, may be null
     * @param recordedBy  who recorded it (a token id, a person id), may be null
     */
    public Evidence(EvidenceId id, TenantId tenantId, PersonId personId, CompetencyId competencyId, int level,
                    Double scaledScore, SourceKind source, String sourceRef, double weight, Instant observedAt,
                    Instant recordedAt, String recordedBy) {
        this.id = id.value();
        this.tenantId = tenantId.value();
        this.personId = personId.value();
        this.competencyId = competencyId.value();
        this.level = level;
        this.scaledScore = scaledScore;
        this.sourceKind = source.value();
        this.sourceRef = sourceRef;
        this.weight = weight;
        this.observedAt = observedAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** Notes the content (an activity, a resource link, a course) the evidence came from. */
    public void cameFrom(ContentRef content) {
        this.contentType = content.type().value();
        this.contentRef = content.ref();
    }

    /** The content the evidence came from, when known. */
    public Optional<ContentRef> content() {
        return contentRef == null ? Optional.empty()
                : ContentType.parse(contentType).map(type -> new ContentRef(type, contentRef));
    }

    /** @return false when it was retracted already (retraction is idempotent) */
    public boolean retract(String reason, Instant at) {
        if (retractedAt != null) {
            return false;
        }
        retractedAt = at;
        retractionReason = reason;
        return true;
    }

    public void moveTo(PersonId survivor) {
        this.personId = survivor.value();
    }

    /** The evidence as the proficiency policies read it. */
    public Observation toObservation() {
        return new Observation(id, level, observedAt, weight, source());
    }

    public EvidenceId id() {
        return new EvidenceId(id);
    }

    public TenantId tenantId() {
        return new TenantId(tenantId);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public CompetencyId competencyId() {
        return new CompetencyId(competencyId);
    }

    public int level() {
        return level;
    }

    public Optional<Double> scaledScore() {
        return Optional.ofNullable(scaledScore);
    }

    public SourceKind source() {
        return SourceKind.parse(sourceKind).orElseThrow();
    }

    public String sourceRef() {
        return sourceRef;
    }

    public double weight() {
        return weight;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Instant> retractedAt() {
        return Optional.ofNullable(retractedAt);
    }

    public Optional<String> retractionReason() {
        return Optional.ofNullable(retractionReason);
    }

    public boolean isRetracted() {
        return retractedAt != null;
    }
}
