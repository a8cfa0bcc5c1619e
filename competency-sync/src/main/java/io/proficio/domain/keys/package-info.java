/**
 * The tool's own keys and secrets: RSA signing keys with their publication and signing windows (so a
 * key is published before it signs and stays published until its last token has expired), and
 * named secrets of the installation. Private parts are stored only encrypted.
 */
package io.proficio.domain.keys;
