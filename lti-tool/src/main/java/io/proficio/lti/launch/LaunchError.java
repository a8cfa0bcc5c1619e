package io.proficio.lti.launch;

/**
 * Why a launch was refused: a stable code shown on the error page, written to the audit log and
 * asserted by the tests, with the HTTP status the refusal is answered with. The order of the
 * constants follows the validation pipeline (1EdTech Security Framework §5.1.3, LTI Core §5.1).
 */
public enum LaunchError {
    LOGIN_INVALID(400, "The login request from the platform is missing iss, login_hint or target_link_uri."),
    PLATFORM_UNKNOWN(400, "No platform registration matches this issuer and client_id."),
    STATE_MISSING(400, "The launch carries no state."),
    STATE_UNKNOWN(401, "The state is unknown, already used or expired; start the launch again from the course."),
    STATE_MISMATCH(401, "The state does not belong to this browser."),
    JWT_MALFORMED(400, "The id_token is not a signed JWT."),
    REGISTRATION_UNKNOWN(401, "The platform this launch was started for is no longer registered."),
    ALG_NOT_ALLOWED(401, "The id_token is not signed with RS256."),
    KID_MISSING(401, "The id_token header names no key (kid)."),
    KID_UNKNOWN(401, "The platform's key set has no key with this kid."),
    JWKS_UNAVAILABLE(401, "The platform's key set could not be fetched."),
    SIGNATURE_INVALID(401, "The id_token's signature does not verify with the platform's key."),
    ISS_MISMATCH(401, "The id_token's issuer is not the platform's."),
    AUD_MISMATCH(401, "The id_token's audience does not contain this tool's client_id."),
    AZP_INVALID(401, "The id_token has several audiences and no azp naming this tool's client_id."),
    TOKEN_EXPIRED(401, "The id_token has expired."),
    IAT_INVALID(401, "The id_token's issue time is missing or in the future."),
    NONCE_MISSING(401, "The id_token carries no nonce."),
    NONCE_REPLAYED(401, "The id_token's nonce was already used or was not issued for this launch."),
    DEPLOYMENT_MISSING(400, "The id_token carries no deployment_id."),
    DEPLOYMENT_UNKNOWN(401, "This deployment is not registered and the platform does not accept new ones."),
    MESSAGE_TYPE_UNSUPPORTED(400, "The message_type is missing or not one this tool handles."),
    VERSION_UNSUPPORTED(400, "The LTI version is not 1.3.0."),
    TARGET_LINK_URI_MISMATCH(400, "The target_link_uri differs from the one the login asked for."),
    RESOURCE_LINK_MISSING(400, "The resource link launch has no resource_link.id."),
    ROLES_MISSING(400, "The launch has no roles claim."),
    DEEP_LINKING_SETTINGS_MISSING(400, "The deep linking request has no deep_linking_settings.deep_link_return_url."),
    REGISTRATION_INVITE_INVALID(401, "The registration link is unknown, already used or expired; ask for a new one."),
    REGISTRATION_REQUEST_INVALID(400, "The platform's registration request lacks openid_configuration."),
    REGISTRATION_FAILED(502, "The platform's configuration could not be read, or it refused the tool's registration.");

    private final int status;
    private final String description;

    LaunchError(int status, String description) {
        this.status = status;
        this.description = description;
    }

    /** The stable code, e.g. {@code nonce-replayed}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public int status() {
        return status;
    }

    public String description() {
        return description;
    }
}
