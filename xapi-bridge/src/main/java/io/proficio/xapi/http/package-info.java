/**
 * What every xAPI request and response goes through (xAPI 1.0.3 Communication §3 and §4): the
 * version header, HTTP Basic authentication by an xAPI source of a tenant, and errors answered with
 * the xAPI status and a body that names the statement and property at fault.
 */
package io.proficio.xapi.http;
