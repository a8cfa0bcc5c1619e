package io.proficio.testing.lms;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tools this platform knows (LTI Core 1.3 §3.1.3, a client id with its deployments): the one
 * configured by hand at start, and those that registered dynamically. For each, the tool's JWK Set (or,
 * configured by hand, its public key itself), through which its client assertions (Security Framework
 * §4.1.1) and Deep Linking responses are verified. Thread-safe.
 */
final class Clients {

    private final String defaultClientId;
    private final String defaultDeploymentId;
    private final Map<String, Registration> registered = new ConcurrentHashMap<>();
    private final List<Registration> inOrder = new ArrayList<>();
    private final Map<String, JWKSource<SecurityContext>> jwkSources = new ConcurrentHashMap<>();

    Clients(String defaultClientId, String defaultDeploymentId) {
        this.defaultClientId = defaultClientId;
        this.defaultDeploymentId = defaultDeploymentId;
    }

    String defaultClientId() {
        return defaultClientId;
    }

    String defaultDeploymentId() {
        return defaultDeploymentId;
    }

    boolean isKnown(String clientId) {
        return defaultClientId.equals(clientId) || registered.containsKey(clientId);
    }

    /** The deployment launches of this client go to; empty for an unknown client. */
    Optional<String> deploymentOf(String clientId) {
        if (defaultClientId.equals(clientId)) {
            return Optional.of(defaultDeploymentId);
        }
        return Optional.ofNullable(registered.get(clientId)).map(Registration::deploymentId);
    }

    Optional<Registration> registration(String clientId) {
        return Optional.ofNullable(registered.get(clientId));
    }

    /** The scopes this client may be granted: all of them by hand, what it registered for otherwise. */
    Set<String> allowedScopes(String clientId) {
        return registration(clientId).<Set<String>>map(r -> Set.copyOf(r.scopes())).orElse(Set.copyOf(LtiScopes.ALL));
    }

    /** Trusts the default client's keys at this JWK Set URL (fetched and cached by Nimbus). */
    void trustDefaultClientJwks(URI jwksUrl) {
        jwkSources.put(defaultClientId, source(jwksUrl));
    }

    /** Trusts the default client's key itself, as a platform configured with the tool's public key does. */
    void trustDefaultClientKey(JWK key) {
        jwkSources.put(defaultClientId, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())));
    }

    Optional<JWKSource<SecurityContext>> jwks(String clientId) {
        return Optional.ofNullable(jwkSources.get(clientId));
    }

    void register(Registration registration) {
        jwkSources.put(registration.clientId(), source(URI.create(registration.jwksUri())));
        registered.put(registration.clientId(), registration);
        synchronized (inOrder) {
            inOrder.add(registration);
        }
    }

    List<Registration> registrations() {
        synchronized (inOrder) {
            return List.copyOf(inOrder);
        }
    }

    private static JWKSource<SecurityContext> source(URI jwksUrl) {
        try {
            return JWKSourceBuilder.create(jwksUrl.toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a JWK Set URL: " + jwksUrl, e);
        }
    }
}
