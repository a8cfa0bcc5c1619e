/**
 * Benchmarks that drive a running Proficio over HTTP and print figures. They are not tests: the
 * {@code benchmark} Maven profile runs them, never {@code mvn verify}.
 */
package io.proficio.bench;
