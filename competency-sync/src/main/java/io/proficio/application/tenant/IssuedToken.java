package io.proficio.application.tenant;

import io.proficio.domain.tenant.ApiToken;
import io.proficio.domain.tenant.TokenSecret;

/** A token just made: the stored token and its secret, which is shown this once and never again. */
public record IssuedToken(ApiToken token, TokenSecret secret) {
}
