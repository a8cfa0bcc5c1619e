package io.proficio.application.fakes;

import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.AlignmentRepository;
import io.proficio.domain.alignment.ContentRef;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link AlignmentRepository} in memory, as {@code JpaAlignmentRepository} answers: alignments within
 * one tenant; a listing ordered by content type, content reference and creation.
 */
public final class InMemoryAlignmentRepository implements AlignmentRepository {

    private static final Comparator<Alignment> LISTED = Comparator.comparing((Alignment a) -> a.content().type().value())
            .thenComparing(a -> a.content().ref()).thenComparing(Alignment::createdAt);

    private final List<Alignment> alignments = new ArrayList<>();

    @Override
    public void add(Alignment alignment) {
        alignments.add(alignment);
    }

    @Override
    public void remove(Alignment alignment) {
        alignments.remove(alignment);
    }

    private Stream<Alignment> of(TenantId tenantId) {
        return alignments.stream().filter(a -> EntityFields.tenantId(a).equals(tenantId.value()));
    }

    @Override
    public Optional<Alignment> find(TenantId tenantId, AlignmentId id) {
        return of(tenantId).filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Alignment> find(TenantId tenantId, CompetencyId competencyId, ContentRef content) {
        return of(tenantId).filter(a -> a.competencyId().equals(competencyId) && a.content().equals(content)).findFirst();
    }

    @Override
    public List<Alignment> list(TenantId tenantId, CompetencyId competencyId, ContentType type, String ref) {
        return of(tenantId).filter(a -> (competencyId == null || a.competencyId().equals(competencyId))
                        && (type == null || a.content().type() == type)
                        && (ref == null || a.content().ref().equals(ref)))
                .sorted(LISTED).toList();
    }

    @Override
    public List<Alignment> naming(TenantId tenantId, Collection<ContentType> types, Collection<String> refs) {
        return of(tenantId).filter(a -> types.contains(a.content().type()) && refs.contains(a.content().ref())).toList();
    }

    @Override
    public List<Alignment> inCourse(TenantId tenantId, String courseRef) {
        return of(tenantId).filter(a -> a.courseRef().map(courseRef::equals).orElse(false))
                .sorted(Comparator.comparing(Alignment::createdAt)).toList();
    }
}
