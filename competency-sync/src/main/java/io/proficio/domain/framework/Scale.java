package io.proficio.domain.framework;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.tenant.TenantId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The proficiency scale of one framework: levels numbered 1..n without gaps, each with a label, and
 * the level from which a person counts as proficient. One scale per framework, so levels of its
 * competencies compare like for like.
 */
@Entity
@Table(name = "scale")
public class Scale {

    /** The scale a newly imported framework starts with, until an admin sets its own. */
    public static final List<ScaleLevel> DEFAULT_LEVELS = List.of(
            new ScaleLevel(1, "Aware", "Knows the concepts and where to find guidance."),
            new ScaleLevel(2, "Developing", "Applies it in routine cases with supervision."),
            new ScaleLevel(3, "Proficient", "Applies it independently in typical cases."),
            new ScaleLevel(4, "Advanced", "Handles complex and non-standard cases; guides others."),
            new ScaleLevel(5, "Expert", "Recognised authority; shapes practice and standards."));
    public static final int DEFAULT_PROFICIENT_LEVEL = 3;

    @Id
    @Column(name = "framework_id")
    private String frameworkId;
    @Column(name = "tenant_id")
    private String tenantId;
    @Column(name = "proficient_level")
    private int proficientLevel;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "scale_level", joinColumns = @JoinColumn(name = "framework_id"))
    @OrderBy("number")
    private List<ScaleLevel> levels = new ArrayList<>();

    protected Scale() {
    }

    public Scale(FrameworkId frameworkId, TenantId tenantId) {
        this.frameworkId = frameworkId.value();
        this.tenantId = tenantId.value();
    }

    /**
     * Replaces the levels after checking them: at least one; numbered 1..n, each once, in order;
     * each labelled; the proficient level one of them.
     *
     * @throws ProficioException {@link ErrorCode#INVALID_SCALE} with a pointer per problem
     */
    public void define(List<ScaleLevel> newLevels, int newProficientLevel, Instant at) {
        check(newLevels, newProficientLevel);
        levels.clear();
        levels.addAll(newLevels);
        proficientLevel = newProficientLevel;
        updatedAt = at;
    }

    static void check(List<ScaleLevel> levels, int proficientLevel) {
        Violations violations = new Violations();
        if (levels.isEmpty()) {
            violations.add(ErrorCode.INVALID_SCALE, "/levels", "A scale needs at least one level.");
        }
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            ScaleLevel level = levels.get(i);
            if (level.number() != i + 1) {
                violations.add(ErrorCode.INVALID_SCALE, "/levels/" + i + "/level",
                        "Levels are numbered 1.." + levels.size() + " in order without gaps; entry " + i
                                + " should be level " + (i + 1) + " but is " + level.number() + ".");
            }
            numbers.add(level.number());
            if (level.label() == null || level.label().isBlank()) {
                violations.add(ErrorCode.INVALID_SCALE, "/levels/" + i + "/label", "Level " + level.number() + " has no label.");
            }
        }
        if (!levels.isEmpty() && !numbers.contains(proficientLevel)) {
            violations.add(ErrorCode.INVALID_SCALE, "/proficientLevel",
                    "The proficient level " + proficientLevel + " is not a level of the scale.");
        }
        violations.throwIfAny("The scale is not valid");
    }

    public FrameworkId frameworkId() {
        return new FrameworkId(frameworkId);
    }

    public List<ScaleLevel> levels() {
        return List.copyOf(levels);
    }

    public int proficientLevel() {
        return proficientLevel;
    }

    public int highestLevel() {
        return levels.size();
    }

    public boolean contains(int level) {
        return level >= 1 && level <= levels.size();
    }

    /**
     * The level a scaled score (xAPI {@code result.score.scaled}, −1..1) shows on this scale: the
     * range 0..1 is spread evenly over the levels (0 → 1, 1 → the highest, nearest level in between);
     * a score of 0 or below is the lowest level.
     *
     * @throws IllegalArgumentException for a score outside −1..1
     */
    public int levelForScaledScore(double scaled) {
        if (Double.isNaN(scaled) || scaled < -1 || scaled > 1) {
            throw new IllegalArgumentException("A scaled score lies in -1..1: " + scaled);
        }
        return scaled <= 0 ? 1 : 1 + (int) Math.round(scaled * (levels.size() - 1));
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
