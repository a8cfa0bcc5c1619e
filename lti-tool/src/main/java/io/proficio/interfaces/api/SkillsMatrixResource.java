package io.proficio.interfaces.api;

import io.proficio.application.profile.SkillsMatrixService;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.FrameworkId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The skills matrix: people × competencies, as JSON or CSV. */
@Path("skills-matrix")
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class SkillsMatrixResource {

    public record Column(String id, String code, String statement) {
        static Column of(Competency c) {
            return new Column(c.id().value(), c.humanCodingScheme(), c.fullStatement());
        }
    }

    public record Row(String id, String name, Map<String, Integer> levels) {
    }

    public record MatrixJson(List<Column> competencies, List<Row> people) {
    }

    @Inject
    SkillsMatrixService matrices;
    @Inject
    CurrentCaller caller;

    private SkillsMatrixService.Matrix matrix(String managerId, String course, String roleId, String frameworkId) {
        return matrices.matrix(caller.tenantId(), new SkillsMatrixService.Rows(
                        managerId == null ? null : new PersonId(managerId), course, roleId == null ? null : new RoleId(roleId)),
                frameworkId == null ? null : new FrameworkId(frameworkId));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "People × competencies with levels: a manager's team (managerId), a course's members"
            + " (course), a role, or the whole tenant",
            description = "Columns: every competency of frameworkId, or every competency anyone in the rows has a level in.")
    public MatrixJson json(@QueryParam("managerId") String managerId, @QueryParam("course") String course,
                           @QueryParam("roleId") String roleId, @QueryParam("frameworkId") String frameworkId) {
        SkillsMatrixService.Matrix matrix = matrix(managerId, course, roleId, frameworkId);
        return new MatrixJson(matrix.competencies().stream().map(Column::of).toList(),
                matrix.rows().stream().map(r -> new Row(r.person().id().value(), r.person().name(), r.levels())).toList());
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same matrix as CSV (RFC 4180): person_id, name, then one column per competency code")
    public Response csv(@QueryParam("managerId") String managerId, @QueryParam("course") String course,
                        @QueryParam("roleId") String roleId, @QueryParam("frameworkId") String frameworkId) {
        SkillsMatrixService.Matrix matrix = matrix(managerId, course, roleId, frameworkId);
        List<List<String>> rows = matrix.rows().stream().map(row -> Stream.concat(Stream.of(row.person().id().value(),
                row.person().name()), matrix.competencies().stream().map(c -> Optional.ofNullable(row.levels()
                .get(c.id().value())).map(String::valueOf).orElse(""))).toList()).toList();
        return Csv.download("skills-matrix.csv", Stream.concat(Stream.of("person_id", "name"), matrix.competencies()
                .stream().map(c -> Optional.ofNullable(c.humanCodingScheme()).orElse(c.fullStatement()))).toList(), rows);
    }
}
