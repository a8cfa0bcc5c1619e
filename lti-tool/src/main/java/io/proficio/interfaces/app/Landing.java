package io.proficio.interfaces.app;

import io.proficio.domain.person.Person;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.lti.launch.AppRole;
import io.proficio.lti.launch.LaunchLanding;
import io.proficio.lti.launch.LtiMessage;
import io.proficio.lti.launch.ValidLaunch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a valid launch lands (LTI Core §5.4: the tool decides what a resource link opens for each role):
 * a deep-linking request opens the content picker; a link made by it for a competency opens that
 * competency's page, one for the profile the profile;
 * otherwise admins and instructors in a course open the course page, managers their team, everyone
 * else their own profile.
 */
@ApplicationScoped
public class Landing implements LaunchLanding {

    /** The custom parameter (LTI Core §5.4.7) a content item sets to open a page: {@code profile}. */
    public static final String PAGE_PARAMETER = "proficio_page";
    /** The custom parameter naming the competency a "Progress in …" item opens. */
    public static final String COMPETENCY_PARAMETER = "proficio_competency";
    /** What a competency id looks like; anything else in the parameter opens the profile. */
    private static final Pattern COMPETENCY_ID = Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,63}");

    @Inject
    PageSessions sessions;

    @Override
    public URI pageFor(ValidLaunch launch, Optional<Person> person) {
        String token = sessions.issue(session(launch, person));
        return page(pageOf(launch), token);
    }

    /** The URL of a page with its session. */
    public static URI page(String path, String token) {
        return UriBuilder.fromUri(ProficioSettings.current().baseUrl()).path("app").path(path)
                .queryParam("session", token).build();
    }

    static String pageOf(ValidLaunch launch) {
        if (launch.message().messageType() == LtiMessage.MessageType.DEEP_LINKING) {
            return "deep-linking";
        }
        String competency = launch.message().custom().get(COMPETENCY_PARAMETER);
        if (competency != null && COMPETENCY_ID.matcher(competency).matches()) {
            return "learner/competencies/" + competency;
        }
        if ("profile".equals(launch.message().custom().get(PAGE_PARAMETER))) {
            return "learner";
        }
        boolean inCourse = launch.message().context().isPresent();
        if (inCourse && (launch.roles().contains(AppRole.INSTRUCTOR) || launch.roles().contains(AppRole.ADMIN))) {
            return "instructor";
        }
        if (launch.roles().contains(AppRole.ADMIN)) {
            return "admin";
        }
        if (launch.roles().contains(AppRole.MANAGER)) {
            return "team";
        }
        return "learner";
    }

    /**
     * Whether a resource link may come back with a gradebook column. Deep Linking 2.0 §4.4.1 says that
     * without {@code accept_lineitem} "no assumption … should be made"; in practice the two platforms that
     * leave it out take one: Moodle never sends the setting and creates a grade item from a returned
     * {@code lineItem} ({@code mod/lti} content-item processing), and Canvas documents creating an
     * assignment "with grading information" from a deep link's line item
     * (https://developerdocs.instructure.com/services/canvas/external-tools/lti/file.content_item). So only
     * an explicit {@code false} keeps the line item out.
     */
    static boolean lineItemsAccepted(LtiMessage.DeepLinkingSettings settings) {
        return settings.acceptLineItem().orElse(true);
    }

    private static PageSession session(ValidLaunch launch, Optional<Person> person) {
        LtiMessage message = launch.message();
        return new PageSession(launch.platform().tenantId(), person.map(Person::id),
                launch.roles(), launch.platform().id(), message.deploymentId(),
                launch.courseRef().map(ref -> new PageSession.Course(ref, message.context()
                        .flatMap(c -> c.title().or(c::label)).orElse(ref))),
                message.nrps().map(LtiMessage.Nrps::contextMembershipsUrl),
                message.ags().flatMap(LtiMessage.Ags::lineItemsUrl),
                message.deepLinkingSettings().map(dl -> new PageSession.DeepLinkReturn(dl.deepLinkReturnUrl(),
                        dl.data(), dl.acceptMultiple(), lineItemsAccepted(dl))),
                Instant.now().plus(PageSessions.LIFETIME));
    }
}
