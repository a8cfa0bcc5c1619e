package io.proficio.domain.lti;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A user as a platform names them, in a launch (LTI Core §5.3.6) or a roster (NRPS 2.0 §2), and the
 * person identifiers that name them in Proficio: {@code lti:<iss>|<sub>}, their email
 * ({@code mailto:}, which xAPI's {@code mbox} and {@code mbox_sha1sum} match) and their SIS id as an
 * account of the platform ({@code account:<iss>|<sourcedid>}).
 *
 * @param name       the full name ({@code name}); empty when the platform does not share it
 * @param givenName  {@code given_name}; empty when not shared
 * @param familyName {@code family_name}; empty when not shared
 */
public record PlatformUser(String issuer, String subject, Optional<String> name, Optional<String> givenName,
                           Optional<String> familyName, Optional<String> email, Optional<String> sourcedId) {

    public String identifier() {
        return "lti:" + issuer + "|" + subject;
    }

    public List<String> alsoKnownAs() {
        return Stream.concat(email.map(address -> "mailto:" + address).stream(),
                sourcedId.map(id -> "account:" + issuer + "|" + id).stream()).toList();
    }

    /**
     * The name the platform gives: {@code name}, else {@code given_name} and {@code family_name} joined;
     * empty when it shares neither (a platform may withhold names, LTI Core §5.3.6).
     */
    public Optional<String> fullName() {
        return name.map(String::strip).filter(n -> !n.isEmpty()).or(() -> Optional.of(Stream.of(givenName, familyName)
                        .flatMap(Optional::stream).map(String::strip).filter(part -> !part.isEmpty())
                        .collect(Collectors.joining(" ")))
                .filter(joined -> !joined.isEmpty()));
    }

    /** The name to give a person made for this user: their name, else their email, else a short form of the id. */
    public String displayName() {
        return fullName().or(() -> email).orElse("LMS user " + subject.substring(0, Math.min(8, subject.length())));
    }
}
