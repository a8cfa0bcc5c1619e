/**
 * Plan items from the performance-management system, tracked as certifications are evaluated
 * (an observer of {@code CertificationsEvaluated}).
 */
package io.proficio.application.plan;
