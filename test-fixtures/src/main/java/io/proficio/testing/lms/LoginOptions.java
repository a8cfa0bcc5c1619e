package io.proficio.testing.lms;

import java.net.URI;
import java.util.Objects;

/**
 * How the platform initiates a third-party login (LTI Core 1.3 §5.1.1, Security Framework §5.1.1.1):
 * GET or POST, which parameter carries the deployment, whether it asks for client-side storage
 * (LTI Client Side postMessages, {@code lti_storage_target}), and the values of the parameters.
 * Immutable; {@link #defaults()} is a Moodle-style GET with every parameter. Null values mean "the
 * platform's default" unless a method says otherwise.
 *
 * @param method how the browser sends the initiation
 * @param deploymentParameter which parameter names the deployment, if any
 * @param storageTarget the {@code lti_storage_target} frame name; null sends none
 * @param targetLinkUri the {@code target_link_uri}; null for the tool base + {@code /lti/launch}
 * @param loginPath the tool's initiation path below its base
 * @param sendClientId whether {@code client_id} is sent
 * @param clientId the client the login is for; null for the platform's default client
 * @param loginHint the {@code login_hint}; null for a random one
 */
public record LoginOptions(Method method, DeploymentParameter deploymentParameter, String storageTarget,
        URI targetLinkUri, String loginPath, boolean sendClientId, String clientId, String loginHint) {

    public enum Method { GET, POST }

    /** {@code lti_deployment_id} per LTI Core 1.3 §5.1.1.1; {@code deployment_id} as older Canvas sends it. */
    public enum DeploymentParameter { LTI_DEPLOYMENT_ID, CANVAS_DEPLOYMENT_ID, NONE }

    public LoginOptions {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(deploymentParameter, "deploymentParameter");
        Objects.requireNonNull(loginPath, "loginPath");
    }

    public static LoginOptions defaults() {
        return new LoginOptions(Method.GET, DeploymentParameter.LTI_DEPLOYMENT_ID, null, null, "/lti/login", true,
                null, null);
    }

    public LoginOptions post() {
        return new LoginOptions(Method.POST, deploymentParameter, storageTarget, targetLinkUri, loginPath,
                sendClientId, clientId, loginHint);
    }

    /** Canvas style: the deployment in {@code deployment_id}. */
    public LoginOptions canvasStyle() {
        return withDeploymentParameter(DeploymentParameter.CANVAS_DEPLOYMENT_ID);
    }

    public LoginOptions withDeploymentParameter(DeploymentParameter parameter) {
        return new LoginOptions(method, parameter, storageTarget, targetLinkUri, loginPath, sendClientId, clientId,
                loginHint);
    }

    /** Asks the tool to keep its state in the platform's frame instead of cookies, e.g. {@code _parent}. */
    public LoginOptions withStorageTarget(String frame) {
        return new LoginOptions(method, deploymentParameter, frame, targetLinkUri, loginPath, sendClientId, clientId,
                loginHint);
    }

    public LoginOptions withTargetLinkUri(URI uri) {
        return new LoginOptions(method, deploymentParameter, storageTarget, uri, loginPath, sendClientId, clientId,
                loginHint);
    }

    public LoginOptions withLoginPath(String path) {
        return new LoginOptions(method, deploymentParameter, storageTarget, targetLinkUri, path, sendClientId,
                clientId, loginHint);
    }

    public LoginOptions withoutClientId() {
        return new LoginOptions(method, deploymentParameter, storageTarget, targetLinkUri, loginPath, false, clientId,
                loginHint);
    }

    /** A login for another client, e.g. one that registered dynamically. */
    public LoginOptions withClientId(String client) {
        return new LoginOptions(method, deploymentParameter, storageTarget, targetLinkUri, loginPath, sendClientId,
                client, loginHint);
    }

    public LoginOptions withLoginHint(String hint) {
        return new LoginOptions(method, deploymentParameter, storageTarget, targetLinkUri, loginPath, sendClientId,
                clientId, hint);
    }
}
