package io.proficio.domain.certification;

import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Certifications, their versions, and awards. */
public interface CertificationRepository {

    void add(Certification certification);

    void add(CertificationVersion version);

    void add(Award award);

    Optional<Certification> find(TenantId tenantId, CertificationId id);

    boolean nameTaken(TenantId tenantId, String name, CertificationId except);

    List<Certification> all(TenantId tenantId);

    /** Callers hold the certification (so the tenant is checked). */
    CertificationVersion version(CertificationId id, int version);

    List<CertificationVersion> versions(CertificationId id);

    Optional<Award> award(TenantId tenantId, String awardId);

    /** An award found by id alone: for the public verification of a credential. */
    Optional<Award> award(String awardId);

    List<Award> awardsOf(TenantId tenantId, PersonId personId);

    /** Every award of the tenant, by person then certification. */
    List<Award> awards(TenantId tenantId);

    List<Award> awardsOf(TenantId tenantId, Collection<String> personIds);

    /** Awards, of every tenant, whose status time alone changes by {@code now} (see {@link Award#age}). */
    List<Award> dueForReview(Instant now, int limit);
}
