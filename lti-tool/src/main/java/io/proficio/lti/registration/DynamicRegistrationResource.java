package io.proficio.lti.registration;

import io.proficio.application.lti.PlatformService;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.lti.launch.LaunchError;
import io.proficio.lti.launch.LaunchRejected;
import io.proficio.lti.launch.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /lti/register?invite=…}: LTI Dynamic Registration 1.0 (§3) as Moodle 4.x and Canvas run
 * it. The LMS administrator pastes the invitation URL a Proficio admin made; the LMS opens it in a
 * window or frame with {@code openid_configuration} and {@code registration_token}. The tool reads the
 * configuration, registers itself, stores the platform for the invited tenant and closes the window
 * ({@code org.imsglobal.lti.close}, §3.6).
 */
@Path("register")
@Controller
@RequestScoped
public class DynamicRegistrationResource {

    @Inject
    PlatformService platforms;
    @Inject
    RegistrationClient client;
    @Inject
    Models models;

    @GET
    public Response register(@QueryParam("invite") String invite,
                             @QueryParam("openid_configuration") String openidConfiguration,
                             @QueryParam("registration_token") String registrationToken) {
        try {
            if (invite == null || platforms.invitedTenant(invite).isEmpty()) {
                throw new LaunchRejected(LaunchError.REGISTRATION_INVITE_INVALID);
            }
            URI configurationUrl = httpUrl(openidConfiguration);
            // Canvas serves its configuration from sso.canvaslms.com while its issuer is
            // https://canvas.instructure.com, so the issuer is not required to share the URL's host.
            PlatformConfiguration platform = PlatformConfiguration.parse(
                    client.configuration(configurationUrl, registrationToken));
            JsonObject registered = client.register(httpUrl(platform.registrationEndpoint()), registrationToken,
                    ToolConfiguration.of(ProficioSettings.current().baseUrl(), platform));
            PlatformService.Registered stored = platforms.registerInvited(invite, spec(platform, registered));
            models.put("platformName", stored.platform().issuer());
            return Response.ok("lti/registered.jsp").build();
        } catch (LaunchRejected refusal) {
            return Refusals.page(models, refusal, "step=register");
        } catch (RegistrationClient.RegistrationFailed | IllegalArgumentException | ProficioException e) {
            return Refusals.page(models, new LaunchRejected(LaunchError.REGISTRATION_FAILED, e.getMessage()),
                    "step=register");
        }
    }

    /** The registration as stored: deployments are accepted as they come, Moodle's first one recorded. */
    static PlatformSpec spec(PlatformConfiguration platform, JsonObject registered) {
        String clientId = Optional.ofNullable(registered.get("client_id")).filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).getString())
                .orElseThrow(() -> new IllegalArgumentException("The platform's answer has no client_id"));
        JsonValue tool = registered.get(ToolConfiguration.TOOL_CLAIM);
        List<String> deployments = tool != null && tool.getValueType() == JsonValue.ValueType.OBJECT
                && tool.asJsonObject().get("deployment_id") instanceof JsonString id ? List.of(id.getString()) : List.of();
        return new PlatformSpec(platform.issuer(), clientId, platform.productFamilyCode().orElse(null),
                platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(), deployments, true,
                platform.productFamilyCode().orElse(null));
    }

    private static URI httpUrl(String text) {
        try {
            URI uri = URI.create(text == null ? "" : text);
            if (uri.isAbsolute() && List.of("https", "http").contains(uri.getScheme())) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new LaunchRejected(LaunchError.REGISTRATION_REQUEST_INVALID);
    }
}
