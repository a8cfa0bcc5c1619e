package io.proficio.interfaces.app;

import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import io.proficio.lti.launch.AppRole;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a page may act on after a launch: the tenant, the person (empty for an anonymous launch), their
 * roles, and what the launch said about where it came from and which platform services it offers.
 *
 * @param course      the course reference ({@code <issuer>|<context id>}) and its title, when launched from a course
 * @param nrpsUrl     the course's NRPS context memberships URL, when the platform offers it
 * @param lineItemsUrl the course's AGS line items URL, when the platform offers it
 * @param deepLinking the deep-linking return, for a deep-linking launch
 */
public record PageSession(TenantId tenantId, Optional<PersonId> personId, Set<AppRole> roles,
                          PlatformId platformId, String deploymentId, Optional<Course> course,
                          Optional<String> nrpsUrl, Optional<String> lineItemsUrl,
                          Optional<DeepLinkReturn> deepLinking, Instant expiresAt) {

    /** A course of the platform. */
    public record Course(String ref, String title) {
    }

    /**
     * Where and how to answer a deep-linking request (Deep Linking 2.0 §4.4.1).
     *
     * @param acceptLineItem whether a resource link may carry a line item: the platform's {@code accept_lineitem},
     *                       true when it does not say ({@link Landing#lineItemsAccepted})
     */
    public record DeepLinkReturn(String returnUrl, Optional<String> data, boolean acceptMultiple,
                                 boolean acceptLineItem) {
    }

    public boolean has(AppRole role) {
        return roles.contains(role);
    }
}
