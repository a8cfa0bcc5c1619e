package io.proficio.testing.lms;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A third-party initiated login the platform issued (LTI Core 1.3 §5.1.1, Security Framework
 * §5.1.1.1): the tool's login URL and the parameters to send it, by GET or as a form.
 *
 * @param loginUrl the tool's OIDC login initiation URL
 * @param method how a browser sends it
 * @param parameters {@code iss}, {@code login_hint}, {@code target_link_uri}, {@code lti_message_hint} and,
 *     as the options said, {@code client_id}, {@code lti_deployment_id}/{@code deployment_id},
 *     {@code lti_storage_target}
 * @param platformUrl where the platform serves its endpoints (its authentication request among them); the
 *     origin of {@code iss} except where the issuer is shared by many instances (Canvas cloud)
 */
public record LoginInitiation(URI loginUrl, LoginOptions.Method method, Map<String, String> parameters,
                              URI platformUrl) {

    public LoginInitiation {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public String loginHint() {
        return parameters.get("login_hint");
    }

    public String messageHint() {
        return parameters.get("lti_message_hint");
    }

    /** The initiation as one GET URL, as an iframe's src or a redirect would carry it. */
    public URI asGetUri() {
        String separator = loginUrl.getRawQuery() == null ? "?" : "&";
        return URI.create(loginUrl + separator + formBody());
    }

    /** The parameters url-encoded, for a query or an {@code application/x-www-form-urlencoded} body. */
    public String formBody() {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        return URLUtils.serializeParameters(multi);
    }
}
