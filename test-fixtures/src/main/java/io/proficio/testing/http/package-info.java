/**
 * The HTTP skeleton every test double of this module stands on: {@link io.proficio.testing.http.TestServer}
 * starts the JDK's server on 127.0.0.1 and a free port, routes by path prefix, reads and optionally records each
 * request, turns a route's failure into a 500, and stops with its threads. Written once, so the doubles hold only
 * what their protocols say.
 */
package io.proficio.testing.http;
