package io.proficio.testing.lms;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/**
 * A Deep Linking response the platform received and verified (Deep Linking 2.0 §4.5).
 *
 * @param claims the verified claims of the response JWT
 */
public record DeepLinkResponse(JWTClaimsSet claims) {

    /** The content items, as JSON objects; empty when the tool returned none. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> contentItems() {
        List<Object> items;
        try {
            items = claims.getListClaim(LtiClaims.DL_CONTENT_ITEMS);
        } catch (ParseException e) {
            throw new IllegalStateException("content_items is not an array", e);
        }
        if (items == null) {
            return List.of();
        }
        if (!items.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalStateException("content_items holds something else than objects: " + items);
        }
        return items.stream().map(item -> (Map<String, Object>) item).toList();
    }

    /** The echoed {@code data} of the request's settings; null when absent. */
    public String data() {
        return (String) claims.getClaim(LtiClaims.DL_DATA);
    }

    public String deploymentId() {
        return (String) claims.getClaim(LtiClaims.DEPLOYMENT_ID);
    }

    /** The {@code msg} to show the user; null when absent. */
    public String message() {
        return (String) claims.getClaim(LtiClaims.DL_MSG);
    }
}
