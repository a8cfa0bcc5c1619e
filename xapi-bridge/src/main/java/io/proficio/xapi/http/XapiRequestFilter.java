package io.proficio.xapi.http;

import io.proficio.application.xapi.XapiSourceService;
import io.proficio.domain.statement.XapiSource;
import io.proficio.xapi.statement.XapiVersion;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

/**
 * Every xAPI resource but {@code /about}: the {@code X-Experience-API-Version} header is required
 * (1.0.x, or 2.0.x for the 2.0 rules; else 400, xAPI 1.0.3 Communication §3.3, answered in the
 * version the source is set to speak, else 2.0.0), then HTTP Basic
 * credentials of a tenant's xAPI source (else 401, §4.1). Every response carries the version header
 * and an HTTP {@code Date} (RFC 9110 §6.6.1), statement responses also {@code X-Experience-API-Consistent-Through} (statements are stored before
 * they are acknowledged, so "now").
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class XapiRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    private static final String BASIC = "basic ";

    @Inject
    XapiSourceService sources;
    @Inject
    CurrentSource current;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isAbout(request)) {
            return;
        }
        Optional<XapiVersion> version = XapiVersion.fromHeader(request.getHeaderString(VERSION));
        if (version.isEmpty()) {
            // The answer still names a version (Communication §3.3): the one the source is set to speak,
            // else the latest served, as xAPI 2.0 (IEEE 9274.1.1 §4.1.8) says.
            current.speaks(credentials(request).flatMap(this::authenticate).flatMap(XapiSource::defaultVersion)
                    .flatMap(XapiVersion::fromHeader).orElse(XapiVersion.V2_0_0));
            throw new XapiRejected(XapiError.VERSION_UNSUPPORTED,
                    "Send X-Experience-API-Version: 1.0.3 (1.0.x) or 2.0.0 (2.0.x).");
        }
        current.speaks(version.get());
        String[] keyAndSecret = credentials(request).orElseThrow(() ->
                new XapiRejected(XapiError.CREDENTIALS_MISSING,
                        "Send the credentials of an xAPI source (HTTP Basic, key:secret in base64)."));
        current.set(authenticate(keyAndSecret)
                .orElseThrow(() -> new XapiRejected(XapiError.CREDENTIALS_REFUSED,
                        "The xAPI source is unknown or revoked, or the secret is wrong.")));
    }

    /** The key and secret of HTTP Basic credentials, if the request carries readable ones. */
    private static Optional<String[]> credentials(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private Optional<XapiSource> authenticate(String[] keyAndSecret) {
        return sources.authenticate(keyAndSecret[0], keyAndSecret[1]);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean two = !isAbout(request) && current.version() == XapiVersion.V2_0_0;
        response.getHeaders().putSingle(VERSION, two ? "2.0.0" : "1.0.3");
        // One instant, to the second as Date has it, so Date minus Consistent-Through (what ADL's suite
        // waits by) is never negative; statements stored before it are all visible, so it stays true.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        response.getHeaders().putSingle(HttpHeaders.DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
        if (request.getUriInfo().getPath().startsWith("statements")) {
            response.getHeaders().putSingle(CONSISTENT_THROUGH, now.toString());
        }
    }

    private static boolean isAbout(ContainerRequestContext request) {
        return request.getUriInfo().getPath().startsWith("about");
    }
}
