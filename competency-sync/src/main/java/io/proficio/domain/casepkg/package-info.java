/**
 * 1EdTech CASE 1.0 packages: parsing a CFPackage into immutable values, the checks an import must
 * pass (identifiers, dangling references, cycles in {@code isChildOf}), and the hierarchy those
 * associations describe. Pure: no persistence, no HTTP.
 */
package io.proficio.domain.casepkg;
