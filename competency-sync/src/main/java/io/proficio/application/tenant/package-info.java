/**
 * Tenants, their API tokens and the first start: the default tenant, its bootstrap token, the
 * demo framework and the tool keys.
 */
package io.proficio.application.tenant;
