package io.proficio.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.proficio.application.keys.ToolKeyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Signs what the tool sends to platforms (Security Framework §5.2: RS256, the key's {@code kid} in
 * the header so the platform finds it in {@code /lti/jwks}), with the key that signs now.
 */
@ApplicationScoped
public class ToolSigner {

    @Inject
    ToolKeyService keys;

    public String sign(JWTClaimsSet claims) {
        RSAKey key = keys.signingKey();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign with the tool key " + key.getKeyID(), e);
        }
    }
}
