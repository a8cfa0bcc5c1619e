/**
 * What running the application needs of its database beyond storage, as ports beside the
 * repository interfaces: the database's health and upkeep of the tables that churn. The
 * persistence layer implements them, so neither the edges nor the use cases reach into it.
 */
package io.proficio.domain.operations;
