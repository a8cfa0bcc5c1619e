package io.proficio.application.xapi;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.statement.ActivityRepository;
import io.proficio.domain.statement.DefinedActivity;
import io.proficio.domain.statement.NewStatement;
import io.proficio.domain.statement.StatementCursor;
import io.proficio.domain.statement.StatementFilter;
import io.proficio.domain.statement.StatementRepository;
import io.proficio.domain.statement.StatementWriter;
import io.proficio.domain.statement.XapiActivity;
import io.proficio.domain.statement.XapiAttachment;
import io.proficio.domain.statement.XapiSource;
import io.proficio.domain.statement.XapiStatement;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.xapi.ActivityDefinitions;
import io.proficio.domain.xapi.MappingResult;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Stores xAPI statements: a batch all or nothing, each statement with its row in the mapping queue in
 * the same transaction (nothing acknowledged is lost), never overwriting a statement already stored.
 */
@Stateless
public class StatementService {

    @Inject
    StatementRepository statements;
    @Inject
    StatementWriter writer;
    @Inject
    ActivityRepository activities;
    @Inject
    Event<StatementsQueued> queued;

    /** The canonical definition of an activity the tenant's statements defined (Communication §2.5). */
    public Optional<JsonObject> definition(TenantId tenantId, String activityId) {
        return activities.find(tenantId, activityId).map(a -> JSON.createReader(new StringReader(a.definitionJson())).readObject());
    }

    /**
     * Merges the definitions into the canonical ones, in the order given. An activity whose definition
     * does not change is not written (content that repeats its definitions costs one read a batch);
     * the others are written in the order of their keys, so two batches defining the same activities
     * take turns on their rows and cannot deadlock, and each merges into what the other committed.
     */
    private void define(TenantId tenantId, List<DefinedActivity> definitions) {
        Map<String, List<JsonObject>> byActivity = new HashMap<>();
        definitions.forEach(defined -> byActivity.computeIfAbsent(defined.id(), id -> new ArrayList<>())
                .add(defined.definition()));
        Map<String, String> inKeyOrder = new TreeMap<>();
        byActivity.keySet().forEach(activityId -> inKeyOrder.put(XapiActivity.keyOf(activityId), activityId));
        Map<String, XapiActivity> known = new HashMap<>();
        activities.findAll(tenantId, byActivity.keySet()).forEach(activity -> known.put(activity.activityId(), activity));
        Instant now = Instant.now();
        inKeyOrder.values().forEach(activityId -> {
            List<JsonObject> arriving = byActivity.get(activityId);
            XapiActivity stored = known.get(activityId);
            if (stored == null) {
                String defined = ActivityDefinitions.merge(arriving.get(0), arriving.subList(1, arriving.size())).toString();
                if (!activities.addIfAbsent(new XapiActivity(tenantId, activityId, defined, now))) {
                    mergeInto(activities.lock(tenantId, activityId).orElseThrow(), arriving, now);
                }
            } else if (!merged(stored, arriving).equals(stored.definitionJson())) {
                mergeInto(activities.lock(tenantId, activityId).orElseThrow(), arriving, now);
            }
        });
    }

    private void mergeInto(XapiActivity locked, List<JsonObject> arriving, Instant now) {
        String merged = merged(locked, arriving);
        if (!merged.equals(locked.definitionJson())) {
            activities.redefine(locked.redefined(merged, now));
        }
    }

    private static String merged(XapiActivity stored, List<JsonObject> arriving) {
        return ActivityDefinitions.merge(JSON.createReader(new StringReader(stored.definitionJson())).readObject(),
                arriving).toString();
    }

    /** Statements of the tenant already stored under these ids (to compare a resent statement with). */
    public List<XapiStatement> stored(TenantId tenantId, Collection<String> ids) {
        return statements.byIds(tenantId, ids);
    }

    public Optional<XapiStatement> find(TenantId tenantId, String id) {
        return statements.find(tenantId, id);
    }

    /** A page of a statement query; see {@link StatementRepository#query}. */
    public List<XapiStatement> query(TenantId tenantId, StatementFilter query,
                                     Optional<StatementCursor> after, int limit) {
        return statements.query(tenantId, query, after, limit);
    }

    /**
     * Queues the tenant's statements stored in {@code [from, to)} with one of {@code statuses} to be
     * mapped again, e.g. after alignments or rules were added; evidence already recorded for a
     * statement and competency is not recorded twice.
     *
     * @return how many statements were queued
     */
    public int requeue(TenantId tenantId, Instant from, Instant to, Set<String> statuses) {
        Violations violations = new Violations();
        if (statuses.isEmpty() || !MappingResult.REMAPPABLE.containsAll(statuses)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/statuses",
                    "statuses are some of " + new TreeSet<>(MappingResult.REMAPPABLE) + ".");
        }
        if (!from.isBefore(to)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/until", "until must be after since.");
        }
        violations.throwIfAny("The re-mapping request is not valid");
        return statements.requeue(tenantId, from, to, statuses, Instant.now());
    }

    /** The attachment data of the tenant with these hashes. */
    public List<XapiAttachment> attachments(TenantId tenantId, Collection<String> sha2s) {
        return statements.attachments(tenantId, sha2s);
    }

    /**
     * Stores the statements from {@code source} and the data of their attachments; a statement id
     * stored meanwhile fails the whole batch.
     */
    public void store(XapiSource source, List<NewStatement> received, List<XapiAttachment> attachments,
                      List<DefinedActivity> definitions) {
        statements.addAttachments(attachments);
        define(source.tenantId(), definitions);
        try {
            writer.insert(source.tenantId(), source.id(), received, Instant.now());
        } catch (SQLException e) {
            throw new PersistenceException("The statements could not be stored", e);
        }
        queued.fire(new StatementsQueued(source.tenantId()));
        // Voiding (Data §2.3.2): the target is then found only by voidedStatementId; a voiding statement
        // itself cannot be voided, and voiding a statement not (yet) stored is accepted and has no effect.
        received.stream().flatMap(s -> s.voidsId().stream())
                .flatMap(target -> statements.find(source.tenantId(), target).stream())
                .filter(target -> target.voidsId().isEmpty())
                .forEach(XapiStatement::markVoided);
    }
}
