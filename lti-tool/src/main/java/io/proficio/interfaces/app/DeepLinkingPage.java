package io.proficio.interfaces.app;

import io.proficio.application.framework.AlignmentService;
import io.proficio.application.framework.FrameworkService;
import io.proficio.application.framework.ScaleService;
import io.proficio.application.lti.PlatformService;
import io.proficio.domain.alignment.Alignment;
import io.proficio.domain.alignment.AlignmentId;
import io.proficio.domain.alignment.ContentType;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.framework.Competency;
import io.proficio.domain.framework.CompetencyId;
import io.proficio.domain.lti.Platform;
import io.proficio.infrastructure.config.ProficioSettings;
import io.proficio.lti.deeplinking.DeepLinkingResponse;
import io.proficio.lti.keys.ToolSigner;
import io.proficio.lti.launch.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content picker of a deep-linking launch (Deep Linking 2.0 §4): the instructor picks "the
 * competency profile", a progress item per competency (optionally with a gradebook line item scored
 * in the competency's levels) and/or competency-tagged content that is a web page (a {@code link}
 * item), and the tool answers the platform with a signed
 * LtiDeepLinkingResponse posted from the browser to the platform's return URL.
 */
@Path("deep-linking")
@Controller
@RequestScoped
public class DeepLinkingPage {

    static final int PICKABLE_COMPETENCIES = 500;

    @Inject
    Pages pages;
    @Inject
    Models models;
    @Inject
    FrameworkService frameworks;
    @Inject
    ScaleService scales;
    @Inject
    PlatformService platforms;
    @Inject
    ToolSigner signer;
    @Inject
    AlignmentService alignments;

    @GET
    public Response show(@QueryParam("session") String token) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            models.put("deepLinking", returnOf(session));
            models.put("competencies", frameworks.search(session.tenantId(), "", null, PICKABLE_COMPETENCIES));
            models.put("content", linkableContent(session));
            return "deep-linking.jsp";
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pick(@FormParam("session") String token, @FormParam("item") List<String> items,
                         @FormParam("lineItem") String lineItem) {
        return Pages.respond(models, () -> {
            PageSession session = pages.open(models, token, AppRole.INSTRUCTOR, AppRole.ADMIN);
            PageSession.DeepLinkReturn dl = returnOf(session);
            List<String> picked = items == null ? List.of() : items;
            if (picked.isEmpty()) {
                throw ProficioException.invalid("/item", "Pick at least one item.");
            }
            if (picked.size() > 1 && !dl.acceptMultiple()) {
                throw ProficioException.invalid("/item", "This platform accepts one item at a time.");
            }
            boolean withLineItem = "on".equals(lineItem) && dl.acceptLineItem();
            DeepLinkingResponse.Builder response = DeepLinkingResponse.builder();
            dl.data().ifPresent(response::data);
            picked.forEach(item -> response.contentItem(contentItem(session, item, withLineItem)));
            Platform platform = platforms.find(session.tenantId(), session.platformId()).platform();
            String jwt = signer.sign(response.build().toJWTClaimsSet(platform.clientId(), platform.issuer(),
                    session.deploymentId(), Instant.now()));
            models.put("returnUrl", dl.returnUrl());
            models.put("jwt", jwt);
            return "deep-link-return.jsp";
        });
    }

    /** Tagged content that is a web page: an xAPI activity IRI that is an http(s) URL, and its competency. */
    public record LinkableContent(Alignment alignment, String competency) {
    }

    /** The course's tagged content, or, outside a course, the tenant's. */
    private List<LinkableContent> linkableContent(PageSession session) {
        List<Alignment> tagged = session.course().map(course -> alignments.taggedIn(session.tenantId(), course.ref()))
                .orElseGet(() -> alignments.list(session.tenantId(), null, ContentType.XAPI_ACTIVITY.value(), null));
        return tagged.stream()
                .filter(a -> a.content().type() == ContentType.XAPI_ACTIVITY && a.content().ref().matches("(?i)https?://.+"))
                .limit(PICKABLE_COMPETENCIES)
                .map(a -> new LinkableContent(a, frameworks.competency(session.tenantId(), a.competencyId()).label()))
                .toList();
    }

    private DeepLinkingResponse.ContentItem contentItem(PageSession session, String item, boolean withLineItem) {
        if (item.startsWith("content:")) {
            Alignment tagged = alignments.get(session.tenantId(), new AlignmentId(item.substring("content:".length())));
            String competency = frameworks.competency(session.tenantId(), tagged.competencyId()).label();
            return DeepLinkingResponse.ContentItem.link(tagged.content().ref(), tagged.content().ref())
                    .withText("Evidences " + competency + " at level " + tagged.level() + ".");
        }
        String launchUrl = ProficioSettings.current().baseUrl() + "/lti/launch";
        if ("profile".equals(item)) {
            return DeepLinkingResponse.ContentItem.resourceLink("My competency profile", launchUrl)
                    .withText("Your levels, gaps to your role stage and recommended content.")
                    .withCustom(Map.of(Landing.PAGE_PARAMETER, "profile"));
        }
        if (!item.startsWith("competency:")) {
            throw ProficioException.invalid("/item", "Unknown item " + item + ".");
        }
        Competency competency = frameworks.competency(session.tenantId(), new CompetencyId(item.substring(11)));
        String label = competency.label();
        DeepLinkingResponse.ContentItem link = DeepLinkingResponse.ContentItem.resourceLink("Progress: " + label, launchUrl)
                .withText(competency.fullStatement())
                .withCustom(Map.of(Landing.PAGE_PARAMETER, "profile", Landing.COMPETENCY_PARAMETER, competency.id().value()));
        if (!withLineItem) {
            return link;
        }
        int top = scales.get(session.tenantId(), competency.frameworkId()).highestLevel();
        return link.withLineItem(new DeepLinkingResponse.LineItem(label, top,
                Optional.of(competency.id().value()), Optional.of("proficio-competency")));
    }

    private static PageSession.DeepLinkReturn returnOf(PageSession session) {
        return session.deepLinking().orElseThrow(() -> ProficioException.invalid("/deep_linking_settings",
                "This page answers a deep-linking launch; start it from the platform's content picker."));
    }
}
