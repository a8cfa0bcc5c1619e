package io.proficio.interfaces.api;

import io.proficio.domain.tenant.TokenScope;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The token scopes that may call a resource method (any one suffices). A method without it, on a
 * class without it, is refused to everyone: access is granted explicitly, never by default.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {
    TokenScope[] value();
}
