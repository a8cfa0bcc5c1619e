package io.proficio.interfaces.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.proficio.application.keys.ToolKeyService;
import io.proficio.domain.lti.PlatformId;
import io.proficio.domain.person.PersonId;
import io.proficio.domain.tenant.TenantId;
import io.proficio.lti.launch.AppRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and checks page sessions: a JWT (HS256, keyed with a 256-bit secret of the installation kept
 * encrypted in the database, so every node checks every session) that pages carry in their links and
 * forms. The LMS frame keeps no cookie of ours; a session lasts {@link #LIFETIME}, after which the user
 * launches again from the course.
 */
@ApplicationScoped
public class PageSessions {

    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ISSUER = "proficio:page-session";

    @Inject
    ToolKeyService keys;

    private volatile byte[] secret;

    public String issue(PageSession session) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).jwtID(UUID.randomUUID().toString())
                .expirationTime(Date.from(session.expiresAt()))
                .claim("tid", session.tenantId().value())
                .claim("roles", session.roles().stream().map(Enum::name).toList())
                .claim("pid", session.platformId().value())
                .claim("dep", session.deploymentId());
        session.personId().ifPresent(person -> claims.subject(person.value()));
        session.course().ifPresent(course -> claims.claim("course", Map.of("ref", course.ref(), "title", course.title())));
        session.nrpsUrl().ifPresent(url -> claims.claim("nrps", url));
        session.lineItemsUrl().ifPresent(url -> claims.claim("lineitems", url));
        session.deepLinking().ifPresent(dl -> claims.claim("dl", deepLinkClaim(dl)));
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a page session", e);
        }
    }

    /** The session a token carries, when it is ours, intact and not expired. */
    public Optional<PageSession> check(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant expires = claims.getExpirationTime() == null ? Instant.EPOCH : claims.getExpirationTime().toInstant();
            if (!ISSUER.equals(claims.getIssuer()) || !Instant.now().isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(session(claims, expires));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static PageSession session(JWTClaimsSet claims, Instant expires) throws ParseException {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        List<String> roleNames = claims.getStringListClaim("roles");
        roleNames.forEach(name -> roles.add(AppRole.valueOf(name)));
        Map<String, Object> course = claims.getJSONObjectClaim("course");
        Map<String, Object> dl = claims.getJSONObjectClaim("dl");
        return new PageSession(new TenantId(claims.getStringClaim("tid")),
                Optional.ofNullable(claims.getSubject()).map(PersonId::new), roles,
                new PlatformId(claims.getStringClaim("pid")), claims.getStringClaim("dep"),
                Optional.ofNullable(course).map(c -> new PageSession.Course((String) c.get("ref"), (String) c.get("title"))),
                Optional.ofNullable(claims.getStringClaim("nrps")), Optional.ofNullable(claims.getStringClaim("lineitems")),
                Optional.ofNullable(dl).map(d -> new PageSession.DeepLinkReturn((String) d.get("returnUrl"),
                        Optional.ofNullable((String) d.get("data")), Boolean.TRUE.equals(d.get("acceptMultiple")),
                        Boolean.TRUE.equals(d.get("acceptLineItem")))),
                expires);
    }

    private static Map<String, Object> deepLinkClaim(PageSession.DeepLinkReturn dl) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("returnUrl", dl.returnUrl());
        dl.data().ifPresent(data -> claim.put("data", data));
        claim.put("acceptMultiple", dl.acceptMultiple());
        claim.put("acceptLineItem", dl.acceptLineItem());
        return claim;
    }

    private byte[] secret() {
        byte[] current = secret;
        if (current == null) {
            current = keys.secret(ToolKeyService.PAGE_SESSION_SECRET);
            secret = current;
        }
        return current;
    }
}
