package io.proficio.application.lti;

import io.proficio.application.people.PersonService;
import io.proficio.domain.lti.Deployment;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.LtiRepository;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.lti.PlatformUser;
import io.proficio.domain.lti.UsedNonce;
import io.proficio.domain.person.Person;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The domain side of an LTI launch: which registration a login is for, the login state and nonce kept
 * in the database (so any node can finish a launch, and none twice), the deployment policy, and who
 * the launching person is. Each method is its own transaction: a state or nonce once used stays used
 * even when a later step refuses the launch.
 */
@Stateless
public class LaunchService {

    /** How long a browser has from the login redirect to posting the id_token back. */
    public static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(LaunchService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LtiRepository lti;
    @Inject
    PersonService people;
    @Inject
    CourseService courses;

    /**
     * The registration a third-party initiated login names (LTI Core §5.1.1): by issuer and client_id;
     * by issuer alone only when that issuer has exactly one registration.
     */
    public Optional<Platform> platformForLogin(String issuer, Optional<String> clientId) {
        if (clientId.isPresent()) {
            return lti.platform(issuer, clientId.get());
        }
        List<Platform> candidates = lti.platformsByIssuer(issuer);
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    public Optional<Platform> platform(PlatformId id) {
        return lti.platform(id);
    }

    /** Issues a fresh state and nonce for a login to {@code platform}. */
    public LoginState beginLogin(Platform platform, String targetLinkUri, LoginState.Binding binding) {
        Instant now = Instant.now();
        LoginState state = new LoginState(random(), platform.id(), random(), targetLinkUri, binding, now,
                now.plus(LOGIN_LIFETIME));
        lti.add(state);
        return state;
    }

    /** The login state without using it up (to learn how it is bound to the browser). */
    public Optional<LoginState> peekState(String state) {
        return lti.loginState(state).filter(found -> !found.expiredAt(Instant.now()));
    }

    /** A login being finished: its state, and its platform unless that was deleted meanwhile. */
    public record Login(LoginState state, Optional<Platform> platform) {
    }

    /** The login state, removed so it cannot be used again, with its platform; empty when unknown, used or expired. */
    public Optional<Login> takeLogin(String state) {
        return lti.take(state).filter(found -> !found.expiredAt(Instant.now()))
                .map(found -> new Login(found, lti.platform(found.platformId())));
    }

    /** What {@link #admit} decided. */
    public enum Admission { ADMITTED, NONCE_USED, DEPLOYMENT_UNKNOWN }

    /**
     * The launch's database checks, in the pipeline's order and one transaction: the nonce must be new
     * (it is then kept until {@code validUntil}; Security Framework §5.1.3 step 9), and the deployment
     * known, or new on a platform that accepts new deployments (LTI Core §3.1.3: a deployment id can
     * appear without notice, e.g. after a Canvas course copy). Using up the nonce is the only write:
     * a new deployment is recorded by {@link #recordDeployment} once the whole launch is valid.
     */
    public Admission admit(Platform platform, String nonce, Instant validUntil, String deploymentId) {
        // The nonce row's primary key settles a race between nodes: the loser's commit fails, its launch errs.
        if (lti.nonceUsed(platform.id(), nonce)) {
            return Admission.NONCE_USED;
        }
        lti.add(new UsedNonce(platform.id(), nonce, validUntil));
        if (lti.deployment(platform.id(), deploymentId).isPresent() || platform.acceptsNewDeployments()) {
            return Admission.ADMITTED;
        }
        return Admission.DEPLOYMENT_UNKNOWN;
    }

    /**
     * Records the deployment a valid launch came through when it is new and the platform accepts new
     * deployments (LTI Core §3.1.3); a known deployment is left as it is.
     */
    public void recordDeployment(Platform platform, String deploymentId) {
        if (lti.deployment(platform.id(), deploymentId).isPresent() || !platform.acceptsNewDeployments()) {
            return;
        }
        lti.add(new Deployment(platform, deploymentId, Deployment.Origin.ACCEPTED, Instant.now()));
        LOG.info(() -> "LTI: accepted new deployment " + deploymentId + " of platform " + platform.id().value());
    }

    /** What a launch says about the person and the course they came from. */
    public record Arrival(PlatformUser user, Optional<String> courseRef, List<String> courseRoles) {
    }

    /**
     * The person a launch names (LTI Core §5.3.6), found by their platform identity, else by their
     * email or SIS id, else created; each of these is linked to them ({@link PlatformUser}) so xAPI
     * statements naming any of them match; the name the platform gives is the person's name from now on.
     * When the launch comes from a course, the person joins its roster with their roles there.
     */
    public Person arrive(Platform platform, Arrival arrival) {
        Person person = people.recogniseFromPlatform(platform.tenantId(), arrival.user(), "lti-launch:" + platform.issuer());
        arrival.courseRef().ifPresent(course ->
                courses.join(platform.tenantId(), course, person.id(), arrival.courseRoles()));
        return person;
    }

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void forgetExpired() {
        int removed = lti.removeExpired(Instant.now());
        if (removed > 0) {
            LOG.fine(() -> "LTI: forgot " + removed + " expired login states and nonces");
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
