package io.proficio.interfaces.api;

import io.proficio.application.proficiency.GapService;
import io.proficio.domain.proficiency.Recommendation;
import java.util.List;

/** Gap and recommendation views of the API. */
public final class GapJson {

    private GapJson() {
    }

    public record Line(String competencyId, String code, String statement, int required, int current, int gap) {
        static Line of(GapService.GapLine line) {
            return new Line(line.competency().id().value(), line.competency().humanCodingScheme(),
                    line.competency().fullStatement(), line.gap().required(), line.gap().current(), line.gap().gap());
        }
    }

    public record Stage(String id, int position, String name, boolean met, List<Line> gaps) {
        static Stage of(GapService.StageGaps stage) {
            return stage == null ? null : new Stage(stage.stage().id(), stage.stage().position(), stage.stage().name(),
                    stage.met(), stage.gaps().stream().map(Line::of).toList());
        }
    }

    /** The gaps of a person to the stage they are at ({@code current}) and the next one. */
    public record Report(String personId, String roleId, String role, Stage current, Stage next) {
        static Report of(GapService.GapReport report) {
            return new Report(report.person().id().value(), report.role().id().value(), report.role().name(),
                    Stage.of(report.current()), Stage.of(report.next()));
        }
    }

    public record Suggestion(AlignmentResource.ContentJson content, String competencyId, int level, int current,
                             int required, double score, String reason) {
        static Suggestion of(Recommendation r) {
            return new Suggestion(new AlignmentResource.ContentJson(r.candidate().contentType(), r.candidate().contentRef()),
                    r.candidate().competencyId(), r.candidate().level(), r.current(), r.required(), r.score(), r.reason());
        }
    }
}
