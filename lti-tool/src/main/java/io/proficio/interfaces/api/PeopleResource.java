package io.proficio.interfaces.api;

import io.proficio.application.certification.CertificationService;
import io.proficio.application.evidence.EvidenceService;
import io.proficio.application.people.PersonDirectory;
import io.proficio.application.people.PersonService;
import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.evidence.Evidence;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** People, their identifiers, reports, ratings, evidence and proficiency. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
public class PeopleResource {

    public record IdentifierRequest(String identifier) {
    }

    public record MergeRequest(String personId) {
    }

    public record RatingRequest(String competencyId, Integer level, String managerId) {
    }

    @Inject
    PersonService people;
    @Inject
    PersonDirectory directory;
    @Inject
    EvidenceService evidence;
    @Inject
    ProficiencyService proficiency;
    @Inject
    io.proficio.application.proficiency.GapService gaps;
    @Inject
    CertificationService certifications;
    @Inject
    CurrentCaller caller;
    @Context
    UriInfo uri;

    private PersonJson json(Person person) {
        return PersonJson.of(person, directory.identifiers(caller.tenantId(), person.id()));
    }

    @POST
    @Operation(summary = "Create a person with their identifiers; 409 when an identifier belongs to someone else")
    public Response create(PersonJson person) {
        Person created = people.create(caller.tenantId(), Bodies.require(person).toSpec());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build()).entity(json(created)).build();
    }

    @GET
    @Operation(summary = "Find people by one identifier (mailto:, mbox_sha1sum:, account:home|name, openid:, lti:iss|sub, hr:), or list them")
    public List<PersonJson> find(@QueryParam("identifier") String identifier, @QueryParam("roleId") String roleId) {
        if (identifier != null) {
            return directory.findByIdentifier(caller.tenantId(), identifier).map(this::json).stream().toList();
        }
        return directory.all(caller.tenantId(), roleId).stream().map(this::json).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person (a merged person answers as the person they were merged into)")
    public PersonJson get(@PathParam("id") String id) {
        return json(directory.get(caller.tenantId(), new PersonId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a person, or place them under a manager and in a role stage")
    public PersonJson update(@PathParam("id") String id, PersonJson person) {
        return json(people.update(caller.tenantId(), new PersonId(id), Bodies.require(person).toSpec()));
    }

    @POST
    @Path("{id}/identifiers")
    @Operation(summary = "Link another identifier to the person")
    public PersonJson addIdentifier(@PathParam("id") String id, IdentifierRequest request) {
        return json(people.addIdentifier(caller.tenantId(), new PersonId(id), Bodies.require(request).identifier()));
    }

    @POST
    @Path("{id}/merge")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Merge another record of the same person into this one, keeping all evidence")
    public PersonJson merge(@PathParam("id") String id, MergeRequest request) {
        String duplicate = Bodies.require(request).personId();
        if (duplicate == null || duplicate.isBlank()) {
            throw io.proficio.domain.error.ProficioException.invalid("/personId", "personId is required.");
        }
        return json(people.merge(caller.tenantId(), new PersonId(id), new PersonId(duplicate)));
    }

    /** A name the person was given by their LMS, in place of an older one. */
    public record NameChangeJson(String oldName, String newName, String source, java.time.Instant changedAt) {
    }

    @GET
    @Path("{id}/name-changes")
    @Operation(summary = "The names this person's LMS gave them, newest first (the LMS is the truth for names)")
    public List<NameChangeJson> nameChanges(@PathParam("id") String id) {
        return directory.nameChanges(caller.tenantId(), new PersonId(id)).stream()
                .map(c -> new NameChangeJson(c.oldName(), c.newName(), c.source(), c.changedAt())).toList();
    }

    @GET
    @Path("{id}/reports")
    @Operation(summary = "The people who report to this person")
    public List<PersonJson> reports(@PathParam("id") String id) {
        return directory.reports(caller.tenantId(), new PersonId(id)).stream().map(this::json).toList();
    }

    @GET
    @Path("{id}/evidence")
    @Operation(summary = "The person's evidence, newest first")
    public List<EvidenceJson> evidence(@PathParam("id") String id, @QueryParam("competencyId") String competencyId,
                                       @QueryParam("source") String source,
                                       @QueryParam("includeRetracted") boolean includeRetracted) {
        return evidence.list(caller.tenantId(), new PersonId(id), competencyId, source, includeRetracted).stream()
                .map(EvidenceJson::of).toList();
    }

    @GET
    @Path("{id}/proficiencies")
    @Operation(summary = "The person's level in each competency with evidence, and the evidence behind it")
    public List<ProficiencyJson> proficiencies(@PathParam("id") String id) {
        PersonId person = directory.get(caller.tenantId(), new PersonId(id)).id();
        return proficiency.of(caller.tenantId(), person).stream().map(ProficiencyJson::of).toList();
    }

    @GET
    @Path("{id}/certifications")
    @Operation(summary = "The person's certification awards: status, dates, the evidence that met them, the signed credential")
    public List<AwardJson> certifications(@PathParam("id") String id) {
        PersonId person = directory.get(caller.tenantId(), new PersonId(id)).id();
        return certifications.awards(caller.tenantId(), person).stream().map(AwardJson::of).toList();
    }

    @GET
    @Path("{id}/gaps")
    @Operation(summary = "Required level, current level and gap per competency, for the person's stage and the next one",
            description = "409 not-placed for a person without a role profile.")
    public GapJson.Report gaps(@PathParam("id") String id) {
        return GapJson.Report.of(gaps.gaps(caller.tenantId(), new PersonId(id)));
    }

    @GET
    @Path("{id}/recommendations")
    @Operation(summary = "Content aligned to the person's gap competencies, at a level that moves them up, ranked, with the reason")
    public List<GapJson.Suggestion> recommendations(@PathParam("id") String id,
                                                    @QueryParam("limit") @jakarta.ws.rs.DefaultValue("10") int limit) {
        if (limit < 1 || limit > 100) {
            throw io.proficio.domain.error.ProficioException.invalid("", "limit must be between 1 and 100.");
        }
        return gaps.recommendations(caller.tenantId(), new PersonId(id), limit).stream().map(GapJson.Suggestion::of).toList();
    }

    @POST
    @Path("{id}/self-ratings")
    @Operation(summary = "Record the person's rating of themself")
    public Response rateSelf(@PathParam("id") String id, RatingRequest rating) {
        RatingRequest body = Bodies.require(rating);
        return recorded(evidence.rateSelf(caller.tenantId(), new PersonId(id), body.competencyId(), body.level(),
                caller.get().tokenId().value()).evidence());
    }

    @POST
    @Path("{id}/manager-ratings")
    @Operation(summary = "Record a manager's rating of one of their reports; 403 when the person does not report to managerId")
    public Response rateAsManager(@PathParam("id") String id, RatingRequest rating) {
        RatingRequest body = Bodies.require(rating);
        if (body.managerId() == null || body.managerId().isBlank()) {
            throw io.proficio.domain.error.ProficioException.invalid("/managerId", "managerId is required.");
        }
        return recorded(evidence.rateAsManager(caller.tenantId(), new PersonId(body.managerId()), new PersonId(id),
                body.competencyId(), body.level(), caller.get().tokenId().value()).evidence());
    }

    @POST
    @Path("{id}/proficiencies/recompute")
    @Allowed(TokenScope.ADMIN)
    @Operation(summary = "Derive the person's every level afresh from the evidence ledger")
    public List<ProficiencyJson> recompute(@PathParam("id") String id) {
        PersonId person = directory.get(caller.tenantId(), new PersonId(id)).id();
        proficiency.recompute(caller.tenantId(), person);
        return proficiency.of(caller.tenantId(), person).stream().map(ProficiencyJson::of).toList();
    }

    private Response recorded(Evidence recorded) {
        return Response.created(uri.getBaseUriBuilder().path("evidence").path(recorded.id().value()).build())
                .entity(EvidenceJson.of(recorded)).build();
    }
}
