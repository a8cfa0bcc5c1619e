/**
 * What running the application needs of its database beyond storage: ports the infrastructure
 * implements (the database's health, upkeep of the tables that churn), so that neither the edges
 * nor the use cases reach into persistence.
 */
package io.proficio.application.operations;
