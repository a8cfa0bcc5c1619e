package io.proficio.xapi.http;

import io.proficio.application.XapiSourceService;
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

/**
 * Every xAPI resource but {@code /about}: the {@code X-Experience-API-Version} header is required
 * (1.0.x, or 2.0.x for the 2.0 rules; else 400, xAPI 1.0.3 Communication §3.3), then HTTP Basic
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
        XapiVersion version = XapiVersion.fromHeader(request.getHeaderString(VERSION)).orElseThrow(() ->
                new XapiRejected(400, "Send X-Experience-API-Version: 1.0.3 (1.0.x) or 2.0.0 (2.0.x)."));
        current.speaks(version);
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw new XapiRejected(401, "Send the credentials of an xAPI source (HTTP Basic).");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new XapiRejected(401, "The Basic credentials are not base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new XapiRejected(401, "Write the Basic credentials as key:secret.");
        }
        current.set(sources.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(() -> new XapiRejected(401, "The xAPI source is unknown or revoked, or the secret is wrong.")));
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
