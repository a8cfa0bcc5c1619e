package io.proficio.interfaces.api;

import io.proficio.application.proficiency.ProficiencyService;
import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.Violations;
import io.proficio.domain.proficiency.ProficiencyPolicy;
import io.proficio.domain.proficiency.ProficiencySettings;
import io.proficio.domain.proficiency.RollUpRule;
import io.proficio.domain.tenant.TokenScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** How the tenant derives proficiency from evidence. */
@Path("settings/proficiency")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allowed(TokenScope.ADMIN)
public class ProficiencySettingsResource {

    /**
     * {@code policy}: latest, highest, recency-weighted[:P90D] or manager-confirms;
     * {@code rollUp}: average or minimum.
     */
    public record SettingsJson(String policy, String rollUp) {
        static SettingsJson of(ProficiencySettings settings) {
            return new SettingsJson(settings.policy().value(), settings.rollUp().value());
        }
    }

    @Inject
    ProficiencyService proficiency;
    @Inject
    CurrentCaller caller;

    @GET
    @Allowed({TokenScope.ADMIN, TokenScope.INTEGRATION})
    @Operation(summary = "The proficiency policy and roll-up rule")
    public SettingsJson get() {
        return SettingsJson.of(proficiency.settings(caller.tenantId()));
    }

    @PUT
    @Operation(summary = "Choose the policy and roll-up rule; every level is derived again with them")
    public SettingsJson choose(SettingsJson settings) {
        SettingsJson body = Bodies.require(settings);
        Violations violations = new Violations();
        ProficiencyPolicy policy = null;
        try {
            policy = ProficiencyPolicy.parse(body.policy() == null ? "" : body.policy());
        } catch (IllegalArgumentException e) {
            violations.add(ErrorCode.INVALID_REQUEST, "/policy", e.getMessage());
        }
        Optional<RollUpRule> rollUp = RollUpRule.parse(body.rollUp() == null ? "" : body.rollUp());
        if (rollUp.isEmpty()) {
            violations.add(ErrorCode.INVALID_REQUEST, "/rollUp", "rollUp must be average or minimum.");
        }
        violations.throwIfAny("The settings are not valid");
        SettingsJson chosen = SettingsJson.of(proficiency.choose(caller.tenantId(), policy, rollUp.get()));
        proficiency.recomputeTenant(caller.tenantId());
        return chosen;
    }
}
