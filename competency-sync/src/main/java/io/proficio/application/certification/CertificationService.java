package io.proficio.application.certification;

import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.outbox.Outbox;
import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.certification.Award;
import io.proficio.domain.certification.AwardPolicy;
import io.proficio.domain.certification.AwardStatus;
import io.proficio.domain.certification.Certification;
import io.proficio.domain.certification.CertificationId;
import io.proficio.domain.certification.CertificationRepository;
import io.proficio.domain.certification.CertificationRules;
import io.proficio.domain.certification.CertificationSpec;
import io.proficio.domain.certification.CertificationVersion;
import io.proficio.domain.certification.Evaluation;
import io.proficio.domain.certification.Requirement;
import io.proficio.domain.certification.Requirements;
import io.proficio.domain.certification.Standing;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.evidence.EvidenceRepository;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.framework.FrameworkRepository;
import io.proficio.domain.outbox.EventType;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.proficiency.LevelsChanged;
import io.proficio.domain.proficiency.Proficiency;
import io.proficio.domain.role.RoleId;
import io.proficio.domain.role.RoleProfileRepository;
import io.proficio.domain.role.RoleStage;
import io.proficio.domain.tenant.Tenant;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TenantRepository;
import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Defines certifications and keeps their awards in step with people's standing: evaluated whenever
 * levels change ({@link #evaluate}) and as time passes ({@link #age}), each outcome written to the
 * outbox in the same transaction ({@link AwardPolicy} says what happens when).
 */
@Stateless
public class CertificationService {

    @Inject
    CertificationRepository certifications;
    @Inject
    FrameworkRepository frameworks;
    @Inject
    RoleProfileRepository roles;
    @Inject
    EvidenceRepository evidence;
    @Inject
    Outbox outbox;
    @Inject
    CredentialIssuer credentials;
    @Inject
    PersonDirectory people;
    @Inject
    Standings standings;
    @Inject
    Event<CertificationsEvaluated> evaluated;
    @Inject
    TenantRepository tenants;

    public Certification create(TenantId tenantId, CertificationSpec spec) {
        CertificationRules.Checked checked = check(tenantId, spec, CertificationId.generate());
        Instant now = Instant.now();
        Certification certification = new Certification(CertificationId.generate(), tenantId, checked.name(),
                checked.description(), now);
        certifications.add(certification);
        certifications.add(new CertificationVersion(certification.id(), 1, checked.requirements(), checked.validity(), now));
        return certification;
    }

    /**
     * Redefines a certification. Changed requirements or validity make a new version, which new awards
     * and renewals use; awards made on earlier versions keep theirs.
     */
    public Certification update(TenantId tenantId, CertificationId id, CertificationSpec spec) {
        Certification certification = get(tenantId, id);
        CertificationRules.Checked checked = check(tenantId, spec, id);
        Instant now = Instant.now();
        certification.describe(checked.name(), checked.description(), now);
        if (!current(certification).says(checked.requirements(), checked.validity())) {
            int version = certification.nextVersion(now);
            certifications.add(new CertificationVersion(id, version, checked.requirements(), checked.validity(), now));
        }
        return certification;
    }

    private CertificationRules.Checked check(TenantId tenantId, CertificationSpec spec, CertificationId self) {
        CertificationRules.Checked checked = CertificationRules.check(spec,
                competencyId -> frameworks.scaleOfCompetency(tenantId, new CompetencyId(competencyId)),
                (roleId, stage) -> stage(tenantId, roleId, stage).isPresent());
        if (certifications.nameTaken(tenantId, checked.name(), self)) {
            throw new ProficioException(ErrorCode.CONFLICT, "A certification named '" + checked.name() + "' exists.");
        }
        return checked;
    }

    private Optional<RoleStage> stage(TenantId tenantId, String roleId, int position) {
        return roles.find(tenantId, new RoleId(roleId))
                .flatMap(role -> role.stages().stream().filter(s -> s.position() == position).findFirst());
    }

    private static List<Requirement.CompetencyLevel> levels(RoleStage stage) {
        return stage.requirements().stream().map(r -> new Requirement.CompetencyLevel(r.competencyId(), r.level())).toList();
    }

    public Certification get(TenantId tenantId, CertificationId id) {
        return certifications.find(tenantId, id).orElseThrow(() -> ProficioException.notFound("Certification", id));
    }

    public List<Certification> list(TenantId tenantId) {
        return certifications.all(tenantId);
    }

    public CertificationVersion current(Certification certification) {
        return certifications.version(certification.id(), certification.currentVersion());
    }

    public List<CertificationVersion> versions(TenantId tenantId, CertificationId id) {
        return certifications.versions(get(tenantId, id).id());
    }

    public List<Award> awards(TenantId tenantId, PersonId personId) {
        return certifications.awardsOf(tenantId, personId);
    }

    /** What one evaluation reads once: the tenant's certifications, their versions and the role stages. */
    public final class Catalogue {
        final TenantId tenantId;
        final List<Certification> all;
        private final Map<String, CertificationVersion> versions = new HashMap<>();
        private final Map<String, List<Requirement.CompetencyLevel>> stages = new HashMap<>();
        final Requirements.Stages stageLookup;

        Catalogue(TenantId tenantId) {
            this.tenantId = tenantId;
            this.all = certifications.all(tenantId);
            this.stageLookup = (roleId, stage) -> stages.computeIfAbsent(roleId + "#" + stage,
                    k -> stage(tenantId, roleId, stage).map(CertificationService::levels).orElse(null));
        }

        CertificationVersion version(CertificationId id, int version) {
            return versions.computeIfAbsent(id.value() + "#" + version, k -> certifications.version(id, version));
        }

        /** Every certification of the tenant, each with its current version. */
        public List<Certification> all() {
            return all;
        }

        public Evaluation evaluate(CertificationId id, int version, Standing standing) {
            return version(id, version).requirements().evaluate(standing, stageLookup);
        }
    }

    public Catalogue catalogue(TenantId tenantId) {
        return new Catalogue(tenantId);
    }

    /**
     * After every derivation of levels (after the proficiency reports, so a person's events keep
     * that order): awards and revocations for the people derived, then {@link CertificationsEvaluated}
     * for what depends on them.
     */
    public void levelsChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) LevelsChanged change) {
        Catalogue catalogue = catalogue(change.tenantId());
        Map<String, Collection<Proficiency>> after = change.levelsByPerson();
        Supplier<Map<String, Standing>> standing = new Supplier<>() {
            private Map<String, Standing> read;

            @Override
            public Map<String, Standing> get() {
                if (read == null) {
                    read = standings.of(change.tenantId(), after);
                }
                return read;
            }
        };
        Map<String, List<Award>> awards = catalogue.all.isEmpty() ? Map.of() : evaluate(catalogue, standing.get(), change.at());
        evaluated.fire(new CertificationsEvaluated(change.tenantId(), catalogue, after.keySet(), standing, awards, change.at()));
    }

    /**
     * Applies {@link AwardPolicy} to every certification of the tenant for each of these people.
     *
     * @param standings person id → what they hold now
     * @return person id → their awards after the evaluation
     */
    public Map<String, List<Award>> evaluate(Catalogue catalogue, Map<String, Standing> standings, Instant now) {
        Map<String, List<Award>> byPerson = new HashMap<>();
        if (catalogue.all.isEmpty() || standings.isEmpty()) {
            return byPerson;
        }
        Map<String, Award> held = new HashMap<>();
        for (Award award : certifications.awardsOf(catalogue.tenantId, standings.keySet())) {
            held.put(award.personId().value() + "#" + award.certificationId().value(), award);
        }
        standings.forEach((person, standing) -> {
            for (Certification certification : catalogue.all) {
                Award award = held.get(person + "#" + certification.id().value());
                award = decide(catalogue, certification, new PersonId(person), award, standing, now);
                if (award != null) {
                    byPerson.computeIfAbsent(person, k -> new java.util.ArrayList<>()).add(award);
                }
            }
        });
        return byPerson;
    }

    private Award decide(Catalogue catalogue, Certification certification, PersonId person, Award award,
                         Standing standing, Instant now) {
        TenantId tenantId = catalogue.tenantId;
        int currentVersion = certification.currentVersion();
        Evaluation current = catalogue.evaluate(certification.id(), currentVersion, standing);
        Evaluation underAwarded = award == null || award.version() == currentVersion ? current
                : catalogue.evaluate(certification.id(), award.version(), standing);
        Optional<AwardPolicy.Held> heldAward = Optional.ofNullable(award).map(a -> new AwardPolicy.Held(a.status(),
                a.expiresAt().orElse(null), catalogue.version(certification.id(), a.version()).validity()));
        AwardPolicy.Decision decision = AwardPolicy.decide(heldAward, current, underAwarded,
                () -> evidence.byIds(tenantId, award.basis()).stream().anyMatch(Evidence::isRetracted),
                () -> latestObservation(tenantId, current.basis()));
        CertificationVersion version = catalogue.version(certification.id(), currentVersion);
        if (decision instanceof AwardPolicy.Decision.Award a) {
            Award made = award != null ? award : new Award(tenantId, person, certification.id());
            made.award(currentVersion, version.validity(), a.basis(), now);
            if (award == null) {
                certifications.add(made);
            }
            issueCredential(catalogue, certification, version, made);
            report(EventType.CERTIFICATION_AWARDED, certification, made, now);
            return made;
        }
        if (decision instanceof AwardPolicy.Decision.Renew r) {
            award.renew(currentVersion, version.validity(), r.basis(), now);
            issueCredential(catalogue, certification, version, award);
            report(EventType.CERTIFICATION_RENEWED, certification, award, now);
        } else if (decision instanceof AwardPolicy.Decision.Revoke r) {
            award.revoke(r.reason(), now);
            report(EventType.CERTIFICATION_REVOKED, certification, award, now);
        }
        return award;
    }

    /** Signs the award's Open Badges credential ({@link CredentialIssuer}) and keeps it with the award. */
    private void issueCredential(Catalogue catalogue, Certification certification, CertificationVersion version,
                                 Award award) {
        Tenant tenant = tenants.find(catalogue.tenantId).orElseThrow();
        CredentialIssuer.Subject subject = new CredentialIssuer.Subject(tenant.id().value(), tenant.name(),
                people.identifiers(catalogue.tenantId, award.personId()));
        award.attach(credentials.issue(award, certification, subject, aligned(catalogue, version)));
    }

    /** The competencies a version requires, directly or through a role stage, each once. */
    private List<Competency> aligned(Catalogue catalogue, CertificationVersion version) {
        Set<String> ids = new LinkedHashSet<>();
        for (Requirement item : version.requirements().items()) {
            if (item instanceof Requirement.CompetencyLevel c) {
                ids.add(c.competencyId());
            } else if (item instanceof Requirement.RoleStage s) {
                List<Requirement.CompetencyLevel> stage = catalogue.stageLookup.of(s.roleId(), s.stage());
                (stage == null ? List.<Requirement.CompetencyLevel>of() : stage).forEach(l -> ids.add(l.competencyId()));
            }
        }
        return ids.stream().flatMap(id -> frameworks.findCompetency(catalogue.tenantId, new CompetencyId(id)).stream())
                .toList();
    }

    private Instant latestObservation(TenantId tenantId, List<String> basis) {
        return evidence.byIds(tenantId, basis).stream().map(Evidence::observedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    /**
     * Moves awards on as time passes (into their renewal window, past expiry), each with its event.
     *
     * @return how many awards changed status
     */
    public int age(Instant now, int limit) {
        int changed = 0;
        for (Award award : certifications.dueForReview(now, limit)) {
            Certification certification = certifications.find(award.tenantId(), award.certificationId()).orElseThrow();
            CertificationVersion version = certifications.version(award.certificationId(), award.version());
            if (award.age(version.validity(), now)) {
                report(award.status() == AwardStatus.EXPIRED ? EventType.CERTIFICATION_EXPIRED
                        : EventType.CERTIFICATION_EXPIRING, certification, award, now);
                changed++;
            }
        }
        return changed;
    }

    private void report(EventType type, Certification certification, Award award, Instant now) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("awardId", award.id())
                .add("certification", JSON.createObjectBuilder().add("id", certification.id().value())
                        .add("name", certification.name()).add("version", award.version()))
                .add("status", award.status().value())
                .add("awardedAt", award.awardedAt().toString())
                .add("issuedAt", award.issuedAt().toString())
                .add("evidence", JSON.createArrayBuilder(award.basis()));
        award.expiresAt().ifPresent(at -> data.add("expiresAt", at.toString()));
        award.revokedReason().ifPresent(reason -> data.add("reason", reason));
        award.credential().ifPresent(credential -> data.add("credential", credential));
        outbox.record(award.tenantId(), type, award.personId(), data, now);
    }
}
