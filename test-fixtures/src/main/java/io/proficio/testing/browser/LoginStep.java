package io.proficio.testing.browser;

import io.proficio.testing.lms.LoginInitiation;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A launch stopped before its last step: the login initiation the platform issued, the tool's answer to
 * it and, when the tool redirected to the platform, the platform's auto-submit form (LTI Core 1.3
 * §5.1.1.1–5.1.1.3). {@link LtiBrowser#complete} posts the form; the {@code with…} methods change it
 * first, to replay, swap states or tamper.
 *
 * @param initiation what the platform sent the tool
 * @param toolAnswer the tool's answer to the initiation: a redirect, or a page (client-side storage)
 * @param authenticationRequest the URL the tool redirected to; null when it did not redirect
 * @param platformAnswer the platform's answer to that request; null when it was not made
 * @param formAction where the form posts; null when there is no form
 * @param form the form's fields ({@code id_token}, {@code state}, maybe {@code lti_storage_target}); empty when none
 */
public record LoginStep(LoginInitiation initiation, LaunchResult toolAnswer, URI authenticationRequest,
        LaunchResult platformAnswer, URI formAction, Map<String, String> form) {

    public LoginStep {
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
    }

    /** Whether the platform answered with a form to post. */
    public boolean hasForm() {
        return formAction != null;
    }

    public String idToken() {
        return form.get("id_token");
    }

    public String state() {
        return form.get("state");
    }

    public LoginStep withState(String state) {
        return withField("state", state);
    }

    public LoginStep withIdToken(String idToken) {
        return withField("id_token", idToken);
    }

    /** @param value null removes the field */
    public LoginStep withField(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new LoginStep(initiation, toolAnswer, authenticationRequest, platformAnswer, formAction, changed);
    }

    /** The last answer the flow got: the platform's when it was asked, else the tool's. */
    public LaunchResult lastAnswer() {
        return platformAnswer != null ? platformAnswer : toolAnswer;
    }
}
