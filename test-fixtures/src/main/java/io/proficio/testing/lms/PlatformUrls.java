package io.proficio.testing.lms;

import static io.proficio.testing.lms.HttpExchanges.encode;

import java.util.Objects;

/**
 * Every URL the platform serves or hands out, in one place: endpoints are built from the base URL (where the
 * platform listens), identity from the issuer (LTI Core 1.3 §5.3.2), which Canvas cloud keeps apart. Line item
 * URLs take the shape the quirks ask for (AGS 2.0 §3.2 leaves them to the platform). Immutable.
 *
 * @param baseUrl {@code http://localhost:<port>}
 * @param issuer the {@code iss} of the platform's messages; the base URL unless the quirks name another
 * @param lineItemShape how line item URLs look
 */
record PlatformUrls(String baseUrl, String issuer, PlatformQuirks.LineItemUrls lineItemShape) {

    /** The {@code type_id} a Moodle line item URL carries: the tool's type, one here. */
    static final String MOODLE_TYPE_ID = "1";

    PlatformUrls {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(lineItemShape, "lineItemShape");
    }

    String auth() {
        return baseUrl + "/auth";
    }

    String token() {
        return baseUrl + "/token";
    }

    String jwks() {
        return baseUrl + "/jwks";
    }

    String openidConfiguration() {
        return baseUrl + "/.well-known/openid-configuration";
    }

    String registration() {
        return baseUrl + "/register";
    }

    String deepLinkReturn() {
        return baseUrl + "/deep-link-return";
    }

    String coursePage(String contextId) {
        return baseUrl + "/course/" + encode(contextId);
    }

    /**
     * The launch_presentation return_url (LTI Core 1.3 §5.4.3).
     *
     * @param contextId null for a launch outside a course
     */
    String courseReturn(String contextId) {
        return coursePage(contextId == null ? "site" : contextId) + "/return";
    }

    String memberships(String contextId) {
        return baseUrl + "/nrps/" + encode(Objects.requireNonNull(contextId, "contextId")) + "/memberships";
    }

    /** The line items container, without query: where the platform pages and posts. */
    String lineItems(String contextId) {
        return baseUrl + "/ags/" + encode(Objects.requireNonNull(contextId, "contextId")) + "/lineitems";
    }

    /** The container as the AGS claim's {@code lineitems} names it (Moodle adds its {@code type_id}). */
    String lineItemsClaim(String contextId) {
        return lineItems(contextId) + (isMoodle() ? "?type_id=" + MOODLE_TYPE_ID : "");
    }

    /** The URL, and id, of the line item with this number. */
    String lineItem(String contextId, String number) {
        String path = lineItems(contextId) + "/" + number;
        return isMoodle() ? path + "/lineitem?type_id=" + MOODLE_TYPE_ID : path;
    }

    /** A resource below a line item, e.g. {@code scores}: its path extended, its query kept (AGS 2.0 §3.4). */
    static String below(String lineItemUrl, String resource) {
        int query = lineItemUrl.indexOf('?');
        return query < 0 ? lineItemUrl + "/" + resource
                : lineItemUrl.substring(0, query) + "/" + resource + lineItemUrl.substring(query);
    }

    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    boolean isMoodle() {
        return lineItemShape == PlatformQuirks.LineItemUrls.MOODLE;
    }
}
