package io.proficio.application.lti;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import io.proficio.domain.lti.Deployment;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformSpec;
import io.proficio.domain.lti.RegistrationInvite;
import io.proficio.domain.tenant.TenantId;
import io.proficio.domain.tenant.TokenSecret;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A tenant's LTI platform registrations (made through the admin API or by LTI Dynamic Registration)
 * and their deployments.
 */
@Stateless
public class PlatformService {

    @Inject
    LtiRepository lti;

    /** A platform with its deployments. */
    public record Registered(Platform platform, List<Deployment> deployments) {
    }

    /** How long an invitation to register a platform by Dynamic Registration stays usable. */
    public static final Duration INVITE_LIFETIME = Duration.ofDays(7);

    /** An invitation: its secret (shown once, part of the registration URL) and when it expires. */
    public record Invitation(TokenSecret secret, Instant expiresAt) {
    }

    public Invitation invite(TenantId tenantId) {
        TokenSecret secret = TokenSecret.generate();
        Instant now = Instant.now();
        RegistrationInvite invite = new RegistrationInvite(UUID.randomUUID().toString(), tenantId, secret.hash(), now,
                now.plus(INVITE_LIFETIME));
        lti.add(invite);
        return new Invitation(secret, invite.expiresAt());
    }

    /** The tenant an unused, unexpired invitation is for. */
    public Optional<TenantId> invitedTenant(String secret) {
        return lti.invite(new TokenSecret(secret).hash()).filter(i -> i.usableAt(Instant.now()))
                .map(RegistrationInvite::tenantId);
    }

    /**
     * Registers the platform an LMS registered itself as by Dynamic Registration, using up the
     * invitation; a platform already registered with this issuer and client_id is a conflict.
     */
    public Registered registerInvited(String secret, PlatformSpec spec) {
        RegistrationInvite invite = lti.invite(new TokenSecret(secret).hash()).filter(i -> i.usableAt(Instant.now()))
                .orElseThrow(() -> new ProficioException(ErrorCode.UNAUTHENTICATED,
                        "The registration invitation is unknown, used or expired."));
        Registered registered = register(invite.tenantId(), spec, Platform.Origin.DYNAMIC);
        invite.usedFor(registered.platform().id(), Instant.now());
        return registered;
    }

    public Registered register(TenantId tenantId, PlatformSpec spec, Platform.Origin origin) {
        check(spec);
        lti.platform(spec.issuer(), spec.clientId()).ifPresent(existing -> {
            throw conflict(spec);
        });
        Instant now = Instant.now();
        Platform platform = new Platform(PlatformId.generate(), tenantId, spec, origin, now);
        lti.add(platform);
        new LinkedHashSet<>(spec.deploymentIds()).forEach(deploymentId ->
                lti.add(new Deployment(platform, deploymentId, Deployment.Origin.REGISTERED, now)));
        return registered(platform);
    }

    /** Replaces the registration; its deployments become exactly {@code spec.deploymentIds()}. */
    public Registered update(TenantId tenantId, PlatformId id, PlatformSpec spec) {
        Platform platform = get(tenantId, id);
        check(spec);
        lti.platform(spec.issuer(), spec.clientId()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw conflict(spec);
        });
        Instant now = Instant.now();
        platform.change(spec, now);
        Map<String, Deployment> current = lti.deployments(id).stream()
                .collect(Collectors.toMap(Deployment::deploymentId, Function.identity()));
        Set<String> wanted = new HashSet<>(spec.deploymentIds());
        current.values().stream().filter(d -> !wanted.contains(d.deploymentId())).forEach(lti::remove);
        new LinkedHashSet<>(spec.deploymentIds()).stream().filter(d -> !current.containsKey(d))
                .forEach(d -> lti.add(new Deployment(platform, d, Deployment.Origin.REGISTERED, now)));
        return registered(platform);
    }

    public void delete(TenantId tenantId, PlatformId id) {
        lti.remove(get(tenantId, id));
    }

    public Registered find(TenantId tenantId, PlatformId id) {
        return registered(get(tenantId, id));
    }

    public List<Registered> list(TenantId tenantId) {
        return lti.platforms(tenantId).stream().map(this::registered).toList();
    }

    private Platform get(TenantId tenantId, PlatformId id) {
        return lti.platform(tenantId, id).orElseThrow(() -> ProficioException.notFound("Platform", id.value()));
    }

    private Registered registered(Platform platform) {
        return new Registered(platform, lti.deployments(platform.id()));
    }

    private static ProficioException conflict(PlatformSpec spec) {
        return new ProficioException(ErrorCode.CONFLICT, "A platform with issuer " + spec.issuer()
                + " and client_id " + spec.clientId() + " is already registered.");
    }

    private static void check(PlatformSpec spec) {
        Violations violations = new Violations();
        requireUrl(violations, "/issuer", spec.issuer());
        if (spec.clientId() == null || spec.clientId().isBlank()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/clientId", "The client_id the platform gave this tool is required.");
        }
        requireUrl(violations, "/authLoginUrl", spec.authLoginUrl());
        requireUrl(violations, "/tokenUrl", spec.tokenUrl());
        requireUrl(violations, "/jwksUrl", spec.jwksUrl());
        for (int i = 0; i < spec.deploymentIds().size(); i++) {
            String deploymentId = spec.deploymentIds().get(i);
            if (deploymentId == null || deploymentId.isBlank() || deploymentId.length() > 255) {
                violations.add(ErrorCode.INVALID_REQUEST, "/deploymentIds/" + i,
                        "A deployment id is a non-empty string of at most 255 characters.");
            }
        }
        violations.throwIfAny("The platform registration is not valid");
    }

    /** LTI requires HTTPS in production; plain http is accepted for platforms on a test network. */
    private static void requireUrl(Violations violations, String pointer, String text) {
        try {
            URI uri = new URI(text == null ? "" : text);
            if (uri.isAbsolute() && List.of("https", "http").contains(uri.getScheme()) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        violations.add(ErrorCode.INVALID_REQUEST, pointer, "An absolute https URL is required.");
    }
}
