package io.proficio.domain.operations;

/**
 * Upkeep of the tables that churn, for databases that need it (PostgreSQL's dead rows); a no-op
 * where the database does it itself. Never throws: a failed upkeep is logged and tried next time.
 */
public interface TableUpkeep {

    /** The mapping queue, after a run of dequeues. */
    void mappingQueue();

    /** The statistics of the tables statements and their evidence grow, where nothing else keeps them. */
    void statementStatistics();

    /** The outbox's tables, where nothing else keeps their statistics. */
    void outbox();
}
