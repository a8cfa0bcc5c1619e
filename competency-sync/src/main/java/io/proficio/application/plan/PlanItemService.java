package io.proficio.application.plan;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.certification.CertificationService;
import io.proficio.application.certification.CertificationsEvaluated;
import io.proficio.application.certification.Standings;
import io.proficio.application.outbox.Outbox;
import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.OptionalText;
import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.CertificationId;
import io.proficio.domain.certification.CertificationRepository;
import io.proficio.domain.certification.Standing;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.framework.Scale;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.plan.PlanItemRepository;
import io.proficio.domain.plan.PlanItemSpec;
import io.proficio.domain.plan.PlanItemStatus;
import io.proficio.domain.plan.PlanTarget;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plan items from the performance-management system: upserted by their external id, and tracked
 * as people's standing changes. Progress is a fraction in [0, 1]: for "reach level N in competency
 * Y", {@code min(held, N) / N} with the person's confirmed level; for "earn certification X", 1 once
 * a valid award is held, else the certification's requirement progress ({@link
 * io.proficio.domain.certification.Requirements}). Each change of progress or status is an event.
 * Dates are calendar dates in UTC.
 */
@Stateless
public class PlanItemService {

    @Inject
    PlanItemRepository items;
    @Inject
    CertificationRepository certifications;
    @Inject
    CertificationService certificationService;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    PersonDirectory people;
    @Inject
    Standings standings;
    @Inject
    Outbox outbox;

    /** The item, and whether this call made it. */
    public record Upserted(PlanItem item, boolean created) {
    }

    public Upserted upsert(TenantId tenantId, PlanItemSpec spec) {
        Violations violations = new Violations();
        if (spec.externalId() == null || spec.externalId().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/externalId", "A plan item needs the externalId it has in your system.");
        }
        Optional<Person> person = person(tenantId, spec.personIdentifier(), violations);
        PlanTarget target = target(tenantId, spec, violations);
        LocalDate due = dueDate(spec.dueDate(), violations);
        Optional<PlanItem> existing = spec.externalId() == null ? Optional.empty()
                : items.byExternalId(tenantId, spec.externalId().strip());
        LocalDate today = today(Instant.now());
        if (due != null && existing.isEmpty() && due.isBefore(today)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/dueDate", "The due date " + due + " has passed.");
        }
        violations.throwIfAny("The plan item is not valid");
        Instant now = Instant.now();
        PlanItem item = existing.orElseGet(() -> new PlanItem(tenantId, spec.externalId().strip(), now));
        item.set(person.orElseThrow().id(), target, due, OptionalText.of(spec.reviewCycle()), now);
        if (existing.isEmpty()) {
            items.add(item);
        }
        String personId = item.personId().value();
        Map<String, Standing> standing = standings.read(tenantId, List.of(personId));
        track(certificationService.catalogue(tenantId), List.of(item), standing,
                Map.of(personId, certifications.awardsOf(tenantId, item.personId())), now);
        return new Upserted(item, existing.isEmpty());
    }

    private Optional<Person> person(TenantId tenantId, String identifier, Violations violations) {
        if (identifier == null || identifier.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/personIdentifier",
                    "A plan item needs a personIdentifier (such as hr:E123 or mailto:jo@example.com).");
            return Optional.empty();
        }
        Optional<Person> person = people.findByIdentifier(tenantId, identifier.strip());
        if (person.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/personIdentifier",
                    "Nobody in this tenant has the identifier " + identifier.strip() + ".");
        }
        return person;
    }

    private PlanTarget target(TenantId tenantId, PlanItemSpec spec, Violations violations) {
        if (!spec.targetGiven() || (spec.certificationId() == null) == (spec.competencyId() == null)) {
            violations.add(ErrorCode.INVALID_REQUEST, "/target",
                    "target must be {\"certificationId\"} or {\"competencyId\", \"level\"}.");
            return null;
        }
        if (spec.certificationId() != null) {
            if (certifications.find(tenantId, new CertificationId(spec.certificationId())).isEmpty()) {
                violations.add(ErrorCode.UNKNOWN_REFERENCE, "/target/certificationId",
                        "There is no certification " + spec.certificationId() + " in this tenant.");
                return null;
            }
            return new PlanTarget.EarnCertification(spec.certificationId());
        }
        Optional<Scale> scale = frameworks.scaleOfCompetency(tenantId, new CompetencyId(spec.competencyId()));
        if (scale.isEmpty()) {
            violations.add(ErrorCode.UNKNOWN_REFERENCE, "/target/competencyId",
                    "There is no competency " + spec.competencyId() + " in this tenant.");
            return null;
        }
        if (spec.level() == null || !scale.get().contains(spec.level())) {
            violations.add(ErrorCode.LEVEL_OUTSIDE_SCALE, "/target/level", "target.level must be a level of the"
                    + " competency's scale (1 to " + scale.get().highestLevel() + ").");
            return null;
        }
        return new PlanTarget.ReachLevel(spec.competencyId(), spec.level());
    }

    private static LocalDate dueDate(String text, Violations violations) {
        if (text == null || text.isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/dueDate", "A plan item needs a dueDate (YYYY-MM-DD).");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(ErrorCode.INVALID_REQUEST, "/dueDate", "dueDate must be a date as YYYY-MM-DD, not '" + text + "'.");
            return null;
        }
    }

    public PlanItem get(TenantId tenantId, String id) {
        return items.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Plan item", id));
    }

    public List<PlanItem> list(TenantId tenantId, Optional<PersonId> personId, Optional<String> externalId) {
        if (externalId.isPresent()) {
            return items.byExternalId(tenantId, externalId.get()).stream().toList();
        }
        return personId.map(id -> items.of(tenantId, people.get(tenantId, id).id()))
                .orElseGet(() -> items.all(tenantId, 1000));
    }

    /** Cancels it: it keeps its history, reports no more progress, and can be set again by its external id. */
    public PlanItem cancel(TenantId tenantId, String id) {
        PlanItem item = get(tenantId, id);
        item.cancel(Instant.now());
        return item;
    }

    /**
     * Takes the progress of these open items from their people's standing and awards, reporting each
     * change as an event.
     */
    /** After certifications were evaluated for a change of levels: the people's open items tracked. */
    public void certificationsEvaluated(@Observes CertificationsEvaluated evaluation) {
        List<PlanItem> open = items.openOf(evaluation.tenantId(), evaluation.people());
        if (!open.isEmpty()) {
            track(evaluation.catalogue(), open, evaluation.standings().get(), evaluation.awards(), evaluation.at());
        }
    }

    public void track(CertificationService.Catalogue catalogue, Collection<PlanItem> open, Map<String, Standing> standing,
               Map<String, List<Award>> awards, Instant now) {
        LocalDate today = today(now);
        for (PlanItem item : open) {
            String person = item.personId().value();
            Standing held = standing.get(person);
            if (held == null || item.status().isFinal()) {
                continue;
            }
            double progress;
            boolean met;
            if (item.target() instanceof PlanTarget.ReachLevel r) {
                int level = held.levelIn(r.competencyId());
                met = level >= r.level();
                progress = (double) Math.min(level, r.level()) / r.level();
            } else {
                String certificationId = ((PlanTarget.EarnCertification) item.target()).certificationId();
                met = awards.getOrDefault(person, List.of()).stream().anyMatch(a ->
                        a.certificationId().value().equals(certificationId) && a.status().isValid());
                progress = met ? 1.0 : certificationProgress(catalogue, certificationId, held);
            }
            item.progress(progress, met, today, now).ifPresent(before -> report(item, before, now));
        }
    }

    private double certificationProgress(CertificationService.Catalogue catalogue, String certificationId, Standing held) {
        return catalogue.all().stream().filter(c -> c.id().value().equals(certificationId)).findFirst()
                .map(c -> catalogue.evaluate(c.id(), c.currentVersion(), held).progress()).orElse(0.0);
    }

    /**
     * Marks open items whose due date has passed overdue, each with its event.
     *
     * @return how many
     */
    public int markOverdue(Instant now, int limit) {
        List<PlanItem> due = items.newlyOverdue(today(now), limit);
        for (PlanItem item : due) {
            item.progress(item.progressFraction(), false, today(now), now).ifPresent(before -> report(item, before, now));
        }
        return due.size();
    }

    private void report(PlanItem item, PlanItemStatus before, Instant now) {
        PlanItemStatus status = item.status();
        EventType type = status == PlanItemStatus.MET ? EventType.PLAN_ITEM_MET
                : status == PlanItemStatus.OVERDUE && before != PlanItemStatus.OVERDUE ? EventType.PLAN_ITEM_OVERDUE
                : EventType.PLAN_ITEM_PROGRESS;
        outbox.record(item.tenantId(), type, item.personId(), describe(item), now);
    }

    /** The plan item as events and the API show it. */
    public static JsonObjectBuilder describe(PlanItem item) {
        JsonObjectBuilder target = JSON.createObjectBuilder();
        if (item.target() instanceof PlanTarget.ReachLevel r) {
            target.add("competencyId", r.competencyId()).add("level", r.level());
        } else {
            target.add("certificationId", ((PlanTarget.EarnCertification) item.target()).certificationId());
        }
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("planItemId", item.id())
                .add("externalId", item.externalId())
                .add("target", target)
                .add("dueDate", item.dueDate().toString())
                .add("status", item.status().value())
                .add("progress", item.progressFraction());
        item.reviewCycle().ifPresent(cycle -> data.add("reviewCycle", cycle));
        item.metAt().ifPresent(at -> data.add("metAt", at.toString()));
        return data;
    }

    static LocalDate today(Instant now) {
        return now.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
