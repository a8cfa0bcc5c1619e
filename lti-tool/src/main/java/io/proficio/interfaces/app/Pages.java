package io.proficio.interfaces.app;

import io.proficio.domain.person.PersonId;
import io.proficio.lti.launch.AppRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * What every page does first: check the page session (else {@link SessionRequired}, a 401 page),
 * check the role the page is for, and give the view the session and the navigation it allows.
 */
@ApplicationScoped
public class Pages {

    @Inject
    PageSessions sessions;

    /** The session, when {@code token} is valid and its holder has one of {@code roles} (none given: anyone). */
    public PageSession open(Models models, String token, AppRole... roles) {
        PageSession session = sessions.check(token).orElseThrow(SessionRequired::new);
        if (roles.length > 0 && Arrays.stream(roles).noneMatch(session::has)) {
            throw new PageForbidden();
        }
        models.put("session", token);
        models.put("course", session.course().orElse(null));
        models.put("canTeach", session.has(AppRole.INSTRUCTOR) || session.has(AppRole.ADMIN));
        models.put("canManage", session.has(AppRole.MANAGER));
        models.put("canAdminister", session.has(AppRole.ADMIN));
        models.put("hasPerson", session.personId().isPresent());
        return session;
    }

    /**
     * Runs a page and answers with its view (a view name) or its response; any failure becomes the
     * error page, rendered like any view (Jakarta MVC renders views only of controller methods that
     * return, so pages do not let exceptions escape).
     */
    public static Response respond(Models models, Supplier<Object> page) {
        try {
            Object outcome = page.get();
            return outcome instanceof Response response ? response : Response.ok(outcome).build();
        } catch (RuntimeException failure) {
            return PageErrors.page(models, failure);
        }
    }

    /** The person of the session; pages about "me" need one (an anonymous launch has none). */
    public static PersonId person(PageSession session) {
        return session.personId().orElseThrow(AnonymousLaunch::new);
    }

    /** Back to a page of the app after a form, with a notice key the page turns into a message. */
    public static Response back(String path, String token, String notice) {
        URI page = Landing.page(path, token);
        return Response.seeOther(URI.create(page + "&notice=" + notice)).build();
    }

    /** The page is for another role. */
    public static class PageForbidden extends RuntimeException {
    }

    /** The launch named no user, so there is no "me". */
    public static class AnonymousLaunch extends RuntimeException {
    }
}
