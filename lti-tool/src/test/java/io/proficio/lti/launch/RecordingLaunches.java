package io.proficio.lti.launch;

import io.proficio.application.lti.LaunchService;
import io.proficio.domain.lti.LoginState;
import io.proficio.domain.lti.Platform;
import io.proficio.domain.person.Person;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.person.PersonStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link LaunchService} without a database: one login waiting to be finished, the nonces already used and
 * the deployments known; every call is recorded, so a test can tell what the launch would have written.
 */
class RecordingLaunches extends LaunchService {

    /** The calls made, by method name, in order. */
    final List<String> calls = new ArrayList<>();
    /** What {@link #arrive} was told. */
    final List<Arrival> arrivals = new ArrayList<>();
    final Set<String> usedNonces = new HashSet<>();
    final Set<String> knownDeployments = new HashSet<>(Set.of("3"));
    private Optional<Login> login = Optional.empty();

    /** The login {@link #takeLogin} hands out once; {@code platform} empty as if deleted meanwhile. */
    RecordingLaunches waiting(LoginState state, Optional<Platform> platform) {
        login = Optional.of(new Login(state, platform));
        return this;
    }

    /** The calls that write something besides using up the state and the nonce. */
    List<String> provisioningCalls() {
        return calls.stream().filter(call -> !call.equals("takeLogin") && !call.equals("admit")).toList();
    }

    @Override
    public Optional<Login> takeLogin(String state) {
        calls.add("takeLogin");
        Optional<Login> taken = login.filter(waiting -> waiting.state().state().equals(state));
        taken.ifPresent(used -> login = Optional.empty());
        return taken;
    }

    @Override
    public Admission admit(Platform platform, String nonce, Instant validUntil, String deploymentId) {
        calls.add("admit");
        if (!usedNonces.add(nonce)) {
            return Admission.NONCE_USED;
        }
        return knownDeployments.contains(deploymentId) || platform.acceptsNewDeployments()
                ? Admission.ADMITTED : Admission.DEPLOYMENT_UNKNOWN;
    }

    @Override
    public void recordDeployment(Platform platform, String deploymentId) {
        calls.add("recordDeployment");
        knownDeployments.add(deploymentId);
    }

    @Override
    public Person arrive(Platform platform, Arrival arrival) {
        calls.add("arrive");
        arrivals.add(arrival);
        return new Person(PersonId.generate(), platform.tenantId(), arrival.user().fullName().orElse("Anonymous"),
                PersonStatus.ACTIVE, Instant.now());
    }
}
