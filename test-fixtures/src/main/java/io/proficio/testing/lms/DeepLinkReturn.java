package io.proficio.testing.lms;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /deep-link-return}: where a tool's Deep Linking response comes back (Deep Linking 2.0 §4.5,
 * the auto-posted form field {@code JWT}; a GET query is accepted too). The JWT is verified with Nimbus
 * against the JWK Set of the client named by its iss, RS256 only; aud must hold the platform issuer,
 * message_type, version and deployment_id must fit, and data must echo one the platform issued.
 * Verified responses are recorded and their resource links created ({@link DeepLinkedResources}) in the
 * context of the request whose data they echo; a rejected one is answered 400 with the reason. Thread-safe.
 */
final class DeepLinkReturn {

    private final String issuer;
    private final Clients clients;
    private final DeepLinkedResources resources;
    private final Map<String, DeepLinkedResources.Request> issued = new ConcurrentHashMap<>();
    private final List<DeepLinkResponse> responses = new ArrayList<>();

    /** @param issuer the platform's issuer, which the response's aud must hold */
    DeepLinkReturn(String issuer, Clients clients, DeepLinkedResources resources) {
        this.issuer = issuer;
        this.clients = clients;
        this.resources = resources;
    }

    /**
     * Remembers the data of a Deep Linking request the platform signed, with what the response to it needs; a
     * data signed again (a spec's fixed one) belongs to the latest request.
     */
    void issued(String data, DeepLinkedResources.Request request) {
        issued.put(data, request);
    }

    List<DeepLinkResponse> responses() {
        synchronized (responses) {
            return List.copyOf(responses);
        }
    }

    void handle(HttpExchange exchange) throws IOException {
        String jwt = HttpExchanges.parameters(exchange).get("JWT");
        if (jwt == null) {
            HttpExchanges.sendText(exchange, 400, "Deep Linking response without a JWT parameter");
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = verify(jwt);
        } catch (Rejected e) {
            HttpExchanges.sendText(exchange, 400, "Deep Linking response rejected: " + e.getMessage());
            return;
        }
        DeepLinkResponse response = new DeepLinkResponse(claims);
        synchronized (responses) {
            responses.add(response);
        }
        resources.createFrom(response, issued.get(response.data()));
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
                .append("<title>Content added</title></head><body>\n<h1>Content added</h1>\n<ul>\n");
        for (Map<String, Object> item : response.contentItems()) {
            page.append("<li data-type=\"").append(Html.escape(String.valueOf(item.get("type")))).append("\">")
                    .append(Html.escape(String.valueOf(item.getOrDefault("title", item.get("url"))))).append("</li>\n");
        }
        page.append("</ul>\n</body></html>\n");
        HttpExchanges.sendHtml(exchange, 200, page.toString());
    }

    private JWTClaimsSet verify(String jwt) throws Rejected {
        String clientId;
        try {
            clientId = SignedJWT.parse(jwt).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new Rejected("not a signed JWT");
        }
        if (clientId == null || !clients.isKnown(clientId)) {
            throw new Rejected("iss " + clientId + " is no client of this platform");
        }
        JWKSource<SecurityContext> keys = clients.jwks(clientId)
                .orElseThrow(() -> new Rejected("the platform does not know the tool's JWKS URL"));
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(issuer),
                new JWTClaimsSet.Builder().issuer(clientId)
                        .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                        .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION).build(),
                Set.of("iss", "aud", "exp", "iat", "nonce", LtiClaims.DEPLOYMENT_ID), null));
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJOSEException | JOSEException | ParseException e) {
            throw new Rejected(e.getMessage());
        }
        Optional<String> deployment = clients.deploymentOf(clientId);
        if (!deployment.equals(Optional.ofNullable((String) claims.getClaim(LtiClaims.DEPLOYMENT_ID)))) {
            throw new Rejected("deployment_id " + claims.getClaim(LtiClaims.DEPLOYMENT_ID) + " is not the client's");
        }
        Object data = claims.getClaim(LtiClaims.DL_DATA);
        if (!(data instanceof String issuedData) || !issued.containsKey(issuedData)) {
            throw new Rejected("data " + data + " does not echo a deep_linking_settings data the platform sent");
        }
        return claims;
    }

    private static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }
}
