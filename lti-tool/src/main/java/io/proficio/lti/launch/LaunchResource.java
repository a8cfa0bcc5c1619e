package io.proficio.lti.launch;

import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.person.Person;
import io.proficio.lti.oidc.LoginResource;
import io.proficio.lti.oidc.StorageKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@code POST /lti/launch}: the platform's form post of the id_token and state (LTI Core §5.1.2).
 * A login bound to platform storage first gets a page that checks the state in the platform's
 * storage frame and posts the form again; then {@link LaunchValidator} decides, {@link LaunchProvisioning}
 * records what a valid launch makes known, and the launch is sent on to its page with a page session.
 */
@Path("launch")
@Controller
@RequestScoped
public class LaunchResource {

    /** Set by the state-check page once the platform's storage held this state. */
    static final String STORAGE_VERIFIED = "proficio_storage_verified";

    @Inject
    LaunchValidator validator;
    @Inject
    LaunchProvisioning provisioning;
    @Inject
    LaunchService launches;
    @Inject
    LaunchLanding landing;
    @Inject
    Models models;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        String state = form.getFirst("state");
        String idToken = form.getFirst("id_token");
        boolean storageVerified = "1".equals(form.getFirst(STORAGE_VERIFIED));
        try {
            // Only a launch whose login used platform storage needs the storage check page first; the
            // platform says so by posting lti_storage_target back (LTI client-side postMessages §4).
            Optional<LoginState> pending = storageVerified || state == null || form.getFirst("lti_storage_target") == null
                    ? Optional.empty() : launches.peekState(state);
            if (pending.filter(s -> s.binding() == LoginState.Binding.PLATFORM_STORAGE).isPresent()) {
                return checkStatePage(pending.get(), idToken, form.getFirst("lti_storage_target"));
            }
            Optional<String> cookie = Optional.ofNullable(state)
                    .map(s -> headers.getCookies().get(LoginResource.STATE_COOKIE + s)).map(Cookie::getValue);
            ValidLaunch launch = validator.validate(idToken, state,
                    new LaunchValidator.BrowserProof(cookie, storageVerified));
            Optional<Person> person = provisioning.provision(launch);
            Response.ResponseBuilder response = Response.seeOther(landing.pageFor(launch, person));
            cookie.ifPresent(value -> response.cookie(expired(state)));
            return response.build();
        } catch (LaunchRejected refusal) {
            return Refusals.page(models, refusal, "step=launch state=" + (state == null ? "-" : "present"));
        }
    }

    private Response checkStatePage(LoginState login, String idToken, String storageTarget) {
        models.put("state", login.state());
        models.put("idToken", idToken == null ? "" : idToken);
        models.put("storageKey", StorageKeys.stateKey(login.state()));
        models.put("storageTarget", storageTarget == null || storageTarget.isBlank() ? "_parent" : storageTarget);
        models.put("platformOrigin", launches.platform(login.platformId())
                .map(platform -> StorageKeys.origin(platform.authLoginUrl())).orElse(""));
        models.put("verifiedField", STORAGE_VERIFIED);
        return Response.ok("lti/check-state.jsp").build();
    }

    private static NewCookie expired(String state) {
        return new NewCookie.Builder(LoginResource.STATE_COOKIE + state).value("").path(LoginResource.LAUNCH_PATH)
                .maxAge(0).secure(true).httpOnly(true).sameSite(NewCookie.SameSite.NONE).build();
    }
}
