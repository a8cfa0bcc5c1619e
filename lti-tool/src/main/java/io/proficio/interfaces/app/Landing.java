package io.proficio.interfaces.app;

import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.lti.launch.AppRole;
import io.proficio.lti.launch.LtiMessage;
import io.proficio.lti.launch.ValidLaunch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a valid launch lands (LTI Core §5.4: the tool decides what a resource link opens for each role):
 * a deep-linking request opens the content picker; a link made by it for the profile opens the profile;
 * otherwise admins and instructors in a course open the course page, managers their team, everyone
 * else their own profile.
 */
@ApplicationScoped
public class Landing {

    /** The custom parameter (LTI Core §5.4.7) a content item sets to open a page: {@code profile}. */
    public static final String PAGE_PARAMETER = "proficio_page";

    @Inject
    PageSessions sessions;

    public URI pageFor(ValidLaunch launch) {
        String token = sessions.issue(session(launch));
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

    private static PageSession session(ValidLaunch launch) {
        LtiMessage message = launch.message();
        return new PageSession(launch.platform().tenantId(), launch.person().map(p -> p.id()),
                launch.roles(), launch.platform().id(), message.deploymentId(),
                launch.courseRef().map(ref -> new PageSession.Course(ref, message.context()
                        .flatMap(c -> c.title().or(c::label)).orElse(ref))),
                message.nrps().map(LtiMessage.Nrps::contextMembershipsUrl),
                message.ags().flatMap(LtiMessage.Ags::lineItemsUrl),
                message.deepLinkingSettings().map(dl -> new PageSession.DeepLinkReturn(dl.deepLinkReturnUrl(),
                        dl.data(), dl.acceptMultiple(), dl.acceptLineItem().orElse(false))),
                Instant.now().plus(PageSessions.LIFETIME));
    }
}
