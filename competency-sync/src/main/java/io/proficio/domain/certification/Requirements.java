package io.proficio.domain.certification;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A certification's requirements, all of which must hold, and the one rule that evaluates them.
 *
 * <p>Progress is the mean, over the requirements, of each one's fraction: a competency level
 * {@code min(held, required) / required}; content done 1 or 0; a role stage the mean of its own
 * competency levels' fractions (a stage without requirements counts as 1). A person without levels
 * is at 0, one who meets everything at 1.
 */
public record Requirements(List<Requirement> items) {

    /** Looks up a role stage's competency levels. */
    @FunctionalInterface
    public interface Stages {
        /** @return the stage's requirements, or null when the role or stage no longer exists */
        List<Requirement.CompetencyLevel> of(String roleId, int stage);
    }

    public Requirements {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A certification needs at least one requirement");
        }
        items = List.copyOf(items);
    }

    public Evaluation evaluate(Standing standing, Stages stages) {
        double sum = 0;
        boolean met = true;
        Set<String> basis = new LinkedHashSet<>();
        for (Requirement item : items) {
            double fraction;
            if (item instanceof Requirement.CompetencyLevel c) {
                fraction = level(standing, c.competencyId(), c.level(), basis);
            } else if (item instanceof Requirement.RoleStage s) {
                fraction = stage(standing, stages.of(s.roleId(), s.stage()), basis);
            } else {
                fraction = content(standing, ((Requirement.ContentDone) item).content(), basis);
            }
            sum += fraction;
            met &= fraction >= 1.0;
        }
        return new Evaluation(met, sum / items.size(), met ? List.copyOf(basis) : List.of());
    }

    private static double level(Standing standing, String competencyId, int required, Set<String> basis) {
        int held = standing.levelIn(competencyId);
        if (held >= required) {
            basis.addAll(standing.levels().get(competencyId).basis());
            return 1.0;
        }
        return (double) held / required;
    }

    private static double content(Standing standing, ContentRef content, Set<String> basis) {
        List<String> evidence = standing.contentDone().get(content.ref());
        if (evidence == null || evidence.isEmpty()) {
            return 0.0;
        }
        basis.addAll(evidence);
        return 1.0;
    }

    /** A role or stage that is gone cannot be met: 0. */
    private static double stage(Standing standing, List<Requirement.CompetencyLevel> requirements, Set<String> basis) {
        if (requirements == null) {
            return 0.0;
        }
        if (requirements.isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        for (Requirement.CompetencyLevel r : requirements) {
            sum += level(standing, r.competencyId(), r.level(), basis);
        }
        return sum / requirements.size();
    }

    /** The competencies named directly (not through a stage). */
    public List<String> competencyIds() {
        return items.stream().filter(Requirement.CompetencyLevel.class::isInstance)
                .map(r -> ((Requirement.CompetencyLevel) r).competencyId()).toList();
    }

    /** As stored: a JSON array of {@code {"competencyId","level"}}, {@code {"roleId","stage"}}, {@code {"content":{"type","ref"}}}. */
    public String toJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Requirement item : items) {
            if (item instanceof Requirement.CompetencyLevel c) {
                array.add(JSON.createObjectBuilder().add("competencyId", c.competencyId()).add("level", c.level()));
            } else if (item instanceof Requirement.RoleStage s) {
                array.add(JSON.createObjectBuilder().add("roleId", s.roleId()).add("stage", s.stage()));
            } else {
                ContentRef content = ((Requirement.ContentDone) item).content();
                array.add(JSON.createObjectBuilder().add("content", JSON.createObjectBuilder()
                        .add("type", content.type().value()).add("ref", content.ref())));
            }
        }
        return array.build().toString();
    }

    /** Reads what {@link #toJson} wrote. */
    public static Requirements fromJson(String json) {
        List<Requirement> items = new ArrayList<>();
        for (JsonValue value : JSON.createReader(new StringReader(json)).readArray()) {
            JsonObject o = value.asJsonObject();
            if (o.containsKey("competencyId")) {
                items.add(new Requirement.CompetencyLevel(o.getString("competencyId"), o.getInt("level")));
            } else if (o.containsKey("roleId")) {
                items.add(new Requirement.RoleStage(o.getString("roleId"), o.getInt("stage")));
            } else {
                JsonObject content = o.getJsonObject("content");
                items.add(new Requirement.ContentDone(new ContentRef(
                        ContentType.parse(content.getString("type")).orElseThrow(), content.getString("ref"))));
            }
        }
        return new Requirements(items);
    }
}
