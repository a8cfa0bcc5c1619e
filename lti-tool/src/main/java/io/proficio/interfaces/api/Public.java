package io.proficio.interfaces.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource anyone may call without a token: what a credential's holder hands to a verifier must be
 * checkable by that verifier. Nothing of a tenant's beyond what its credentials already show.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Public {
}
