package io.proficio.interfaces.app;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.role.LevelRequirement;
import io.proficio.domain.role.StageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stages of a role profile as an admin types them on the admin page, one stage a line, lowest
 * first: {@code Stage name: CODE=level, CODE=level}, competencies named by their human coding scheme
 * (e.g. {@code Junior underwriter: UW.RISK.1=2, UW.PRICE.1=1}). Every line with a problem is reported
 * at once, by its number.
 */
final class StageLines {

    private StageLines() {
    }

    /** @param competencyIds competency ids by their code */
    static List<StageSpec> parse(String text, Map<String, String> competencyIds) {
        Violations violations = new Violations();
        List<StageSpec> stages = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String pointer = "/stages/line " + (i + 1);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                violations.add(ErrorCode.INVALID_REQUEST, pointer, "Write a stage as 'Name: CODE=level, CODE=level'.");
                continue;
            }
            List<LevelRequirement> requirements = new ArrayList<>();
            for (String part : line.substring(colon + 1).split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] pair = part.split("=", 2);
                String code = pair[0].strip();
                String id = competencyIds.get(code);
                Integer level = pair.length == 2 && pair[1].strip().matches("[0-9]{1,2}") ? Integer.valueOf(pair[1].strip()) : null;
                if (id == null || level == null) {
                    violations.add(ErrorCode.INVALID_REQUEST, pointer, id == null
                            ? "No competency has the code '" + code + "'." : "'" + part.strip() + "' needs a level, e.g. " + code + "=3.");
                    continue;
                }
                requirements.add(new LevelRequirement(id, level));
            }
            stages.add(new StageSpec(line.substring(0, colon).strip(), null, Map.of(), requirements));
        }
        if (stages.isEmpty() && violations.isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/stages", "A role profile needs at least one stage.");
        }
        violations.throwIfAny("The stages are not valid");
        return stages;
    }
}
