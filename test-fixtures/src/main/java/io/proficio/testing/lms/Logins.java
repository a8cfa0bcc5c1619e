package io.proficio.testing.lms;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The logins the platform initiated (LTI Core 1.3 §5.1.1), keyed by login_hint, so the authentication
 * request that follows can be checked against them and answered with the right target_link_uri and
 * {@link LaunchSpec}. A spec is chosen per login_hint first, then from the {@code nextLaunch} queue,
 * then the default; so concurrent launches with their own hints never see each other's. Every initiation
 * also carries the platform's own extra parameters ({@link PlatformQuirks#loginParameters()}, e.g. Canvas's
 * {@code canvas_region}). Thread-safe.
 */
final class Logins {

    /** What the platform sent in one login initiation. */
    record Pending(String loginHint, String messageHint, String clientId, String deploymentId, String targetLinkUri,
            String storageTarget) {
    }

    private final Map<String, String> extraParameters;
    private final Map<String, Pending> byHint = new ConcurrentHashMap<>();
    private final Map<String, LaunchSpec> specByHint = new ConcurrentHashMap<>();
    private final Queue<LaunchSpec> queued = new ConcurrentLinkedQueue<>();
    private final AtomicReference<LaunchSpec> defaultSpec = new AtomicReference<>(LaunchSpec.learner());

    /** @param extraParameters sent with every initiation, after the standard ones */
    Logins(Map<String, String> extraParameters) {
        this.extraParameters = Map.copyOf(extraParameters);
    }

    /**
     * Issues a login initiation to the tool at {@code toolBase}.
     *
     * @param spec the launch for this login's hint; null to choose when the authentication request comes
     */
    LoginInitiation initiate(String issuer, URI platformUrl, Clients clients, URI toolBase, LaunchSpec spec,
                             LoginOptions options) {
        String clientId = options.clientId() != null ? options.clientId() : clients.defaultClientId();
        String deploymentId = clients.deploymentOf(clientId).orElseThrow(() ->
                new IllegalArgumentException("The platform has no client " + clientId));
        String loginHint = options.loginHint() != null ? options.loginHint() : "hint-" + UUID.randomUUID();
        String messageHint = "msg-" + UUID.randomUUID();
        String base = toolBase.toString().replaceAll("/+$", "");
        String targetLinkUri = options.targetLinkUri() != null ? options.targetLinkUri().toString()
                : base + "/lti/launch";

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("iss", issuer);
        parameters.put("login_hint", loginHint);
        parameters.put("target_link_uri", targetLinkUri);
        parameters.put("lti_message_hint", messageHint);
        if (options.sendClientId()) {
            parameters.put("client_id", clientId);
        }
        switch (options.deploymentParameter()) {
            case LTI_DEPLOYMENT_ID -> parameters.put("lti_deployment_id", deploymentId);
            case CANVAS_DEPLOYMENT_ID -> parameters.put("deployment_id", deploymentId);
            case NONE -> { }
        }
        extraParameters.forEach(parameters::putIfAbsent);
        if (options.storageTarget() != null) {
            parameters.put("lti_storage_target", options.storageTarget());
        }
        byHint.put(loginHint, new Pending(loginHint, messageHint, clientId, deploymentId, targetLinkUri,
                options.storageTarget()));
        if (spec != null) {
            specByHint.put(loginHint, spec);
        }
        return new LoginInitiation(URI.create(base + options.loginPath()), options.method(), parameters, platformUrl);
    }

    Optional<Pending> find(String loginHint) {
        return loginHint == null ? Optional.empty() : Optional.ofNullable(byHint.get(loginHint));
    }

    void launchFor(String loginHint, LaunchSpec spec) {
        specByHint.put(loginHint, spec);
    }

    void next(LaunchSpec spec) {
        queued.add(spec);
    }

    void defaultLaunch(LaunchSpec spec) {
        defaultSpec.set(spec);
    }

    /** The spec for an authentication request with this login_hint; consumes a queued one if used. */
    LaunchSpec specFor(String loginHint) {
        LaunchSpec own = loginHint == null ? null : specByHint.get(loginHint);
        if (own != null) {
            return own;
        }
        LaunchSpec next = queued.poll();
        return next != null ? next : defaultSpec.get();
    }
}
