package io.proficio.lti.oidc;

import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.Prompt;
import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.Platform;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.lti.launch.LaunchError;
import io.proficio.lti.launch.LaunchRejected;
import io.proficio.lti.launch.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * {@code /lti/login}: the OIDC third-party initiated login (LTI Core §5.1.1, Security Framework
 * §5.1.1). Finds the registration, keeps a fresh state and nonce server-side and sends the browser to
 * the platform's authorization endpoint. The state is bound to the browser by a {@code SameSite=None;
 * Secure} cookie, or, when the platform offers {@code lti_storage_target}, by storing it in the
 * platform's frame through postMessage (LTI client-side postMessages §4), which needs no cookie.
 */
@Path("login")
@Controller
@RequestScoped
public class LoginResource {

    /** The state cookie's name is this plus the state, so launches in several frames do not collide. */
    public static final String STATE_COOKIE = "lti_state_";
    public static final String LAUNCH_PATH = "/lti/launch";

    @Inject
    LaunchService launches;
    @Inject
    Models models;

    @GET
    public Response get(@Context UriInfo uri) {
        return login(uri.getQueryParameters());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(MultivaluedMap<String, String> form) {
        return login(form);
    }

    private Response login(MultivaluedMap<String, String> parameters) {
        try {
            LoginInitiation login = LoginInitiation.parse(parameters);
            Platform platform = launches.platformForLogin(login.issuer(), login.clientId())
                    .orElseThrow(() -> new LaunchRejected(LaunchError.PLATFORM_UNKNOWN,
                            "Issuer " + login.issuer() + login.clientId().map(c -> ", client_id " + c).orElse("") + "."));
            LoginState.Binding binding = login.storageTarget().isPresent()
                    ? LoginState.Binding.PLATFORM_STORAGE : LoginState.Binding.COOKIE;
            LoginState state = launches.beginLogin(platform, login.targetLinkUri(), binding);
            URI authentication = authenticationRequest(platform, login, state);
            return switch (binding) {
                case COOKIE -> Response.status(Response.Status.FOUND).location(authentication)
                        .cookie(stateCookie(state.state())).build();
                case PLATFORM_STORAGE -> storeStatePage(platform, login, state, authentication);
            };
        } catch (LaunchRejected refusal) {
            return Refusals.page(models, refusal, "step=login iss=" + parameters.getFirst("iss")
                    + " client_id=" + parameters.getFirst("client_id"));
        }
    }

    /** The OIDC authentication request of Security Framework §5.1.1.2, built by the Nimbus SDK. */
    private static URI authenticationRequest(Platform platform, LoginInitiation login, LoginState state) {
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.IDTOKEN,
                new Scope("openid"), new ClientID(platform.clientId()), launchUri())
                .endpointURI(URI.create(platform.authLoginUrl()))
                .responseMode(ResponseMode.FORM_POST)
                .prompt(new Prompt(Prompt.Type.NONE))
                .state(new State(state.state()))
                .nonce(new Nonce(state.nonce()))
                .loginHint(login.loginHint());
        login.messageHint().ifPresent(hint -> request.customParameter("lti_message_hint", hint));
        login.storageTarget().ifPresent(target -> request.customParameter("lti_storage_target", target));
        return request.build().toURI();
    }

    static URI launchUri() {
        return URI.create(ProficioSettings.current().baseUrl() + LAUNCH_PATH);
    }

    private static NewCookie stateCookie(String state) {
        return new NewCookie.Builder(STATE_COOKIE + state).value(state).path(LAUNCH_PATH)
                .maxAge((int) LaunchService.LOGIN_LIFETIME.toSeconds())
                .secure(true).httpOnly(true).sameSite(NewCookie.SameSite.NONE).build();
    }

    /**
     * A page that puts the state into the platform's storage frame and then goes on to the platform
     * (LTI client-side postMessages §4.2 {@code lti.put_data}); the values reach the script as escaped
     * data attributes, never as script text.
     */
    private Response storeStatePage(Platform platform, LoginInitiation login, LoginState state, URI authentication) {
        models.put("state", state.state());
        models.put("storageKey", StorageKeys.stateKey(state.state()));
        models.put("storageTarget", login.storageTarget().orElseThrow());
        models.put("platformOrigin", StorageKeys.origin(platform.authLoginUrl()));
        models.put("next", authentication.toString());
        return Response.ok("lti/store-state.jsp").build();
    }
}
