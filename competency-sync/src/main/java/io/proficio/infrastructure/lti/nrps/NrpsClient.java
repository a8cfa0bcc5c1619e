package io.proficio.infrastructure.lti.nrps;

import io.proficio.infrastructure.lti.AccessTokens;
import io.proficio.infrastructure.lti.LtiServiceException;
import io.proficio.infrastructure.lti.LtiServiceSettings;
import io.proficio.infrastructure.lti.PlatformCredentials;
import io.proficio.infrastructure.lti.ServiceCalls;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Names and Role Provisioning Services 2.0 (§2–3): reads a context's roster from the
 * {@code context_memberships_url} of the launch's NRPS claim, following every page.
 */
public final class NrpsClient {

    public static final String SCOPE_MEMBERSHIP_READONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

    private static final Set<String> SCOPES = Set.of(SCOPE_MEMBERSHIP_READONLY);

    private final ServiceCalls calls;

    public NrpsClient(AccessTokens tokens) {
        this(tokens, LtiServiceSettings.DEFAULT);
    }

    public NrpsClient(AccessTokens tokens, LtiServiceSettings settings) {
        this.calls = new ServiceCalls(tokens, settings);
    }

    /**
     * The context's members, all pages (rel="next" links) joined in order.
     *
     * @param platform               the registration to call as; never null
     * @param contextMembershipsUrl  the NRPS claim's {@code context_memberships_url}; never null
     * @return the roster; never null
     * @throws LtiServiceException when a page cannot be had or read, or there are more than
     *                             {@link LtiServiceSettings#maxPages()} pages
     */
    public Roster members(PlatformCredentials platform, URI contextMembershipsUrl) {
        Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
        List<Roster> pages = calls.pages(platform, SCOPES, contextMembershipsUrl, MEMBERSHIP_CONTAINER, Roster::parse);
        Roster first = pages.get(0);
        return new Roster(first.contextId(), first.contextTitle(),
                pages.stream().flatMap(page -> page.members().stream()).toList());
    }
}
