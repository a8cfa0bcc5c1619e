package io.proficio.lti.oidc;

import java.net.URI;

/** Names and origins for LTI client-side postMessage storage (LTI client-side postMessages §4). */
public final class StorageKeys {

    private StorageKeys() {
    }

    /** The storage key under which the login keeps a state. */
    public static String stateKey(String state) {
        return "proficio_state_" + state;
    }

    /** The origin (scheme, host, port) of a URL, the target origin for postMessage. */
    public static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
