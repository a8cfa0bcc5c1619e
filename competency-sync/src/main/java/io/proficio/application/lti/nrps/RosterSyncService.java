package io.proficio.application.lti.nrps;

import io.proficio.application.lti.CourseService;
import io.proficio.application.lti.LtiServices;
import io.proficio.application.people.PersonService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformUser;
import io.proficio.domain.person.Person;
import io.proficio.domain.tenant.TenantId;
import io.proficio.infrastructure.lti.nrps.Member;
import io.proficio.infrastructure.lti.nrps.Roster;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A course roster from the platform (NRPS 2.0): every member is found or made a person (as a launch
 * would, {@link PlatformUser}; the platform's names refresh theirs) and the course's roster becomes the
 * active members. The platform is
 * asked outside any transaction; the roster is then written in one.
 */
@Stateless
public class RosterSyncService {

    @Inject
    LtiServices services;
    @Inject
    LtiRepository lti;
    @Inject
    PersonService people;
    @Inject
    CourseService courses;
    @Resource
    SessionContext context;

    /** How many members the platform listed, and how many of them are active (now the roster). */
    public record Synced(int listed, int active) {
    }

    /**
     * @param courseRoles maps the platform's role URIs of a member to the roles kept on the roster
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Synced sync(TenantId tenantId, PlatformId platformId, String courseRef, URI membershipsUrl,
                       Function<List<String>, List<String>> courseRoles) {
        Platform platform = lti.platform(tenantId, platformId)
                .orElseThrow(() -> ProficioException.notFound("Platform", platformId.value()));
        Roster roster = services.nrps().members(services.credentials(platform), membershipsUrl);
        return context.getBusinessObject(RosterSyncService.class).apply(platform, courseRef, roster, courseRoles);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Synced apply(Platform platform, String courseRef, Roster roster,
                        Function<List<String>, List<String>> courseRoles) {
        List<CourseService.Member> members = new ArrayList<>();
        for (Member member : roster.members()) {
            if (!member.active()) {
                continue;
            }
            PlatformUser user = new PlatformUser(platform.issuer(), member.userId(), member.name(), member.givenName(),
                    member.familyName(), member.email(), member.lisPersonSourcedid());
            Person person = people.recogniseFromPlatform(platform.tenantId(), user, "nrps:" + platform.issuer());
            members.add(new CourseService.Member(person.id().value(), courseRoles.apply(member.roles())));
        }
        courses.setRoster(platform.tenantId(), courseRef, members);
        return new Synced(roster.members().size(), members.size());
    }
}
