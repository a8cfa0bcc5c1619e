/**
 * People: made, recognised from a platform or an LRS, merged ({@code PersonService}), and found
 * by any identifier ({@code PersonDirectory}, read-only, for every other context).
 */
package io.proficio.application.people;
