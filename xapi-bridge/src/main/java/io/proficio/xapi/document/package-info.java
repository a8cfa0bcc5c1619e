/**
 * The xAPI document resources (1.0.3 Communication §2.3 State, §2.6 Agent Profile, §2.7 Activity
 * Profile) with their concurrency rules (§3.1), and the Activities (§2.5) and Agents (§2.4) resources.
 * Parameters are read and checked here; storing and the rules of a write are {@code DocumentService}'s.
 */
package io.proficio.xapi.document;
