package io.proficio.domain.statement;

import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A tenant's xAPI statements and the queue of those still to map to evidence. */
public interface StatementRepository {

    /** A queued statement due for mapping, with its actor (statements of one actor are mapped in one lane). */
    record Due(TenantId tenantId, String statementId, Optional<String> actorIfi) {
    }

    /** Keeps attachment data not held yet (the same hash is the same data). */
    void addAttachments(List<XapiAttachment> attachments);

    List<XapiAttachment> attachments(TenantId tenantId, Collection<String> sha2s);

    List<XapiStatement> byIds(TenantId tenantId, Collection<String> ids);

    /**
     * The statements, read only: not watched for changes, so the mapping's many queries do not compare
     * each of them before they run (their outcome is written by {@link StatementWriter#recordMappings}).
     */
    List<XapiStatement> readOnly(TenantId tenantId, Collection<String> ids);

    Optional<XapiStatement> find(TenantId tenantId, String id);

    /**
     * Statements due for mapping, oldest first, of every tenant (the worker serves all). The queue is
     * read alone, through its due index, and the actors looked up by key after: joined in one query,
     * PostgreSQL hashed the whole statements table once the queue held a backlog.
     */
    List<Due> due(Instant now, int limit);

    Optional<MappingQueueEntry> queued(TenantId tenantId, String statementId);

    /**
     * Locks the queue entries among {@code statementIds} that no other transaction holds and returns
     * their statement ids; entries another node is mapping are skipped, not waited for.
     */
    List<String> claim(TenantId tenantId, List<String> statementIds);

    /**
     * Written as {@code = ANY(?)} of the bare array parameter: H2 answers that form (and only that
     * one) with a primary-key probe per id, where an {@code IN (SELECT … UNNEST)} compared every
     * queued row with the list (95% of the server's CPU once a backlog of 20,000 built up);
     * PostgreSQL probes the primary key for either.
     */
    void dequeue(TenantId tenantId, Collection<String> statementIds);

    /**
     * Puts the tenant's statements stored in {@code [from, to)} whose mapping status is one of
     * {@code statuses} back in the mapping queue (those queued already stay as they are).
     *
     * @return how many statements were queued again
     */
    int requeue(TenantId tenantId, Instant from, Instant to, Collection<String> statuses, Instant now);

    /**
     * Statements that are not voided and match, in stored order (then id, since stored times can tie),
     * after {@code after}, at most {@code limit}. A statement whose StatementRef object targets a
     * statement matching the content filters matches too, the target voided or not (Communication
     * §2.1.3, "Filter Conditions for StatementRefs"; ADL's suite, XAPI-00162); {@code since},
     * {@code until} and the page apply to the statements returned.
     */
    List<XapiStatement> query(TenantId tenantId, StatementFilter filter, Optional<StatementCursor> after, int limit);
}
