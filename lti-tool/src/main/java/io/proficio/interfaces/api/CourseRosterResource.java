package io.proficio.interfaces.api;

import io.proficio.application.lti.CourseService;
import io.proficio.domain.course.CourseMember;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Course rosters: who is in a course, as an LMS or an integration reports it. */
@Path("course-rosters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class CourseRosterResource {

    public record MemberJson(String personId, List<String> roles) {
        static MemberJson of(CourseMember member) {
            return new MemberJson(member.personId().value(), member.roles());
        }
    }

    /** A course (the reference alignments use for it) and its members. */
    public record RosterJson(String course, List<MemberJson> members) {
    }

    @Inject
    CourseService courses;
    @Inject
    CurrentCaller caller;

    @PUT
    @Operation(summary = "Set the whole roster of a course; members not listed leave it")
    public RosterJson set(RosterJson roster) {
        RosterJson body = Bodies.require(roster);
        List<CourseService.Member> members = (body.members() == null ? List.<MemberJson>of() : body.members()).stream()
                .map(m -> m == null ? null : new CourseService.Member(m.personId(), m.roles())).toList();
        return json(body.course(), courses.setRoster(caller.tenantId(), body.course(), members));
    }

    @GET
    @Operation(summary = "The roster of a course")
    public RosterJson get(@QueryParam("course") String course) {
        if (course == null || course.isBlank()) {
            throw ProficioException.invalid("/course", "course is required.");
        }
        return json(course, courses.roster(caller.tenantId(), course));
    }

    private static RosterJson json(String course, List<CourseMember> members) {
        return new RosterJson(course, members.stream().map(MemberJson::of).toList());
    }
}
