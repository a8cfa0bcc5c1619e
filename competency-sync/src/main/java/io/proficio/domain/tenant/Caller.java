package io.proficio.domain.tenant;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import java.util.Set;

/**
 * Who is calling the API: the tenant a token belongs to and what it may do. Every application
 * service takes the tenant from here, never from the request.
 */
public record Caller(TenantId tenantId, ApiTokenId tokenId, Set<TokenScope> scopes) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** @throws ProficioException {@link ErrorCode#FORBIDDEN} unless the token holds one of the scopes */
    public void requireAny(Set<TokenScope> allowed) {
        if (allowed.isEmpty()) {
            throw new ProficioException(ErrorCode.FORBIDDEN, "This operation is not open to API tokens.");
        }
        if (allowed.stream().noneMatch(scopes::contains)) {
            throw new ProficioException(ErrorCode.FORBIDDEN, "This call needs a token with scope "
                    + String.join(" or ", allowed.stream().map(TokenScope::value).sorted().toList()) + ".");
        }
    }
}
