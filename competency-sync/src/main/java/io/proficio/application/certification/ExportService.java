package io.proficio.application.certification;

import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.certification.CertificationRepository;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.plan.PlanItem;
import io.proficio.domain.plan.PlanItemRepository;
import io.proficio.domain.plan.PlanTarget;
import io.proficio.domain.tenant.TenantId;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tables for HR systems that only take files: every award and every plan item of the tenant, one row
 * each, with the person's name and identifiers (space-separated, so the HR system finds its own
 * {@code hr:} id). The edge writes them as CSV.
 */
@Stateless
public class ExportService {

    /** A header and rows of text cells. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    @Inject
    CertificationRepository certifications;
    @Inject
    PlanItemRepository planItems;
    @Inject
    PersonDirectory people;

    public Table certifications(TenantId tenantId) {
        List<Award> awards = certifications.awards(tenantId);
        Map<String, Certification> byId = new HashMap<>();
        certifications.all(tenantId).forEach(c -> byId.put(c.id().value(), c));
        Map<String, List<String>> persons = persons(tenantId, awards.stream().map(a -> a.personId().value()).toList());
        List<List<String>> rows = new ArrayList<>();
        for (Award a : awards) {
            rows.add(Stream.concat(persons.get(a.personId().value()).stream(), Stream.of(a.certificationId().value(),
                    byId.get(a.certificationId().value()).name(), Integer.toString(a.version()), a.status().value(),
                    text(a.awardedAt()), text(a.issuedAt()), a.expiresAt().map(Instant::toString).orElse(""),
                    a.revokedReason().orElse(""))).toList());
        }
        return new Table(List.of("person_id", "person_name", "person_identifiers", "certification_id",
                "certification_name", "version", "status", "awarded_at", "issued_at", "expires_at", "revoked_reason"), rows);
    }

    public Table planItems(TenantId tenantId) {
        List<PlanItem> items = planItems.all(tenantId);
        Map<String, List<String>> persons = persons(tenantId, items.stream().map(i -> i.personId().value()).toList());
        List<List<String>> rows = new ArrayList<>();
        for (PlanItem i : items) {
            boolean certification = i.target() instanceof PlanTarget.EarnCertification;
            String target = certification ? ((PlanTarget.EarnCertification) i.target()).certificationId()
                    : ((PlanTarget.ReachLevel) i.target()).competencyId();
            String level = certification ? "" : Integer.toString(((PlanTarget.ReachLevel) i.target()).level());
            rows.add(Stream.concat(Stream.of(i.externalId()), Stream.concat(persons.get(i.personId().value()).stream(),
                    Stream.of(certification ? "certification" : "competency", target, level, i.dueDate().toString(),
                            i.reviewCycle().orElse(""), i.status().value(), String.format(java.util.Locale.ROOT, "%.4f",
                                    i.progressFraction()), i.metAt().map(Instant::toString).orElse(""),
                            text(i.updatedAt())))).toList());
        }
        return new Table(List.of("external_id", "person_id", "person_name", "person_identifiers", "target_type",
                "target_id", "target_level", "due_date", "review_cycle", "status", "progress", "met_at", "updated_at"), rows);
    }

    /** Person id → [id, name, identifiers]. */
    private Map<String, List<String>> persons(TenantId tenantId, Collection<String> ids) {
        Map<String, Person> found = people.findAll(tenantId, ids.stream().distinct().toList());
        Map<String, List<String>> cells = new HashMap<>();
        for (String id : ids) {
            cells.computeIfAbsent(id, k -> List.of(k, Optional.ofNullable(found.get(k)).map(Person::name).orElse(""),
                    String.join(" ", people.identifiers(tenantId, new PersonId(k)))));
        }
        return cells;
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
