package io.proficio.xapi.document;

import static io.proficio.domain.Jsonp.JSON;
import static io.proficio.domain.xapi.StatementJson.text;

import io.proficio.application.people.PersonDirectory;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.person.Person;
import io.proficio.domain.tenant.TenantId;
import io.proficio.xapi.http.CurrentSource;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /xapi/agents?agent=} (xAPI 1.0.3 Communication §2.4): the Person object of the agent,
 * "a combined view of all the Agents associated with that person": every xAPI identifier of the
 * Proficio person the agent's identifier names (as linked by statements, LTI launches and the people
 * API), with the person's name; an agent Proficio knows no person for is a Person of its own identifier.
 */
@Path("agents")
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {

    @Inject
    PersonDirectory people;
    @Inject
    CurrentSource current;

    @GET
    public String get(@Context UriInfo uri) {
        MultivaluedMap<String, String> params = uri.getQueryParameters();
        params.keySet().stream().filter(name -> !name.equals("agent")).findFirst().ifPresent(name -> {
            throw new XapiRejected(XapiError.UNKNOWN_PARAMETER,
                    "Unknown parameter " + name + "; the Agents resource takes agent.");
        });
        String json = params.getFirst("agent");
        if (json == null) {
            throw new XapiRejected(XapiError.PARAMETER_MISSING, "agent is required.");
        }
        AgentParameter agent = AgentParameter.parse(json);
        Set<String> names = new LinkedHashSet<>();
        text(agent.agent(), "name").ifPresent(names::add);
        Set<String> identifiers = new LinkedHashSet<>(List.of(agent.ifi()));
        person(current.source().tenantId(), agent.ifi()).ifPresent(person -> {
            names.add(person.name());
            identifiers.addAll(people.identifiers(current.source().tenantId(), person.id()));
        });
        return personObject(names, identifiers);
    }

    private Optional<Person> person(TenantId tenantId, String ifi) {
        try {
            return people.findByIdentifier(tenantId, ifi);
        } catch (ProficioException notAPersonIdentifier) {
            return Optional.empty();
        }
    }

    /** The Person object (Communication §2.4.s5): each property an array, those without values left out. */
    private static String personObject(Set<String> names, Set<String> identifiers) {
        List<String> mbox = new ArrayList<>();
        List<String> sha1 = new ArrayList<>();
        List<String> openid = new ArrayList<>();
        JsonArrayBuilder accounts = JSON.createArrayBuilder();
        boolean anyAccount = false;
        for (String identifier : identifiers) {
            if (identifier.startsWith("mailto:")) {
                mbox.add(identifier);
            } else if (identifier.startsWith("mbox_sha1sum:")) {
                sha1.add(identifier.substring("mbox_sha1sum:".length()));
            } else if (identifier.startsWith("openid:")) {
                openid.add(identifier.substring("openid:".length()));
            } else if (identifier.startsWith("account:")) {
                String[] homePageAndName = identifier.substring("account:".length()).split("\\|", 2);
                accounts.add(JSON.createObjectBuilder().add("homePage", homePageAndName[0])
                        .add("name", homePageAndName.length > 1 ? homePageAndName[1] : ""));
                anyAccount = true;
            }
        }
        JsonObjectBuilder person = JSON.createObjectBuilder().add("objectType", "Person");
        addArray(person, "name", names);
        addArray(person, "mbox", mbox);
        addArray(person, "mbox_sha1sum", sha1);
        addArray(person, "openid", openid);
        if (anyAccount) {
            person.add("account", accounts);
        }
        return person.build().toString();
    }

    private static void addArray(JsonObjectBuilder into, String name, Collection<String> values) {
        if (!values.isEmpty()) {
            into.add(name, JSON.createArrayBuilder(List.copyOf(values)));
        }
    }
}
