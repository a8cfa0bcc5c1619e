/**
 * Benchmarks that drive a running Proficio (and, in {@link io.proficio.bench.PeerBenchmark}, the peers
 * a user would pick instead) over HTTP and print figures. They are not tests: each has a Maven profile
 * of this module, and {@code mvn verify} never runs them.
 */
package io.proficio.bench;
