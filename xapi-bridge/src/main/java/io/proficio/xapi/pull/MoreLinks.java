package io.proficio.xapi.pull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Where a StatementResult's {@code more} leads. xAPI 1.0.3 Data §2.5 calls it a "relative IRL", and LRSs
 * read that three ways, all followed here:
 * <ul>
 * <li>an absolute URL (Veracity; Learning Locker behind a path prefix): used as it is;</li>
 * <li>a path from the host's root, starting with {@code /} (most LRSs): resolved against the endpoint's
 *     scheme and authority, not its path, so a prefix such as {@code /lrs/xapi/} is not doubled;</li>
 * <li>any other relative reference: resolved against the endpoint (RFC 3986 §5.2).</li>
 * </ul>
 * The result must have the endpoint's origin (scheme, host and port): the request carries the LRS's
 * Basic credentials, which must not go to another server nor from https to plain http.
 */
final class MoreLinks {

    private MoreLinks() {
    }

    /**
     * @param more a non-empty {@code more} as the LRS sent it; not null
     * @throws UpstreamFailure of kind {@link UpstreamFailure.Kind#MALFORMED} when it is not a URI reference
     *     or leads to another origin
     */
    static URI resolve(UpstreamLrs lrs, String more) throws UpstreamFailure {
        URI reference;
        try {
            reference = new URI(more);
        } catch (URISyntaxException e) {
            throw new UpstreamFailure(UpstreamFailure.Kind.MALFORMED, OptionalInt.empty(),
                    "The more link from " + lrs.endpoint() + " is not a URI reference");
        }
        URI target = reference.isAbsolute() ? reference : lrs.endpoint().resolve(reference);
        if (!sameOrigin(lrs.endpoint(), target)) {
            throw new UpstreamFailure(UpstreamFailure.Kind.MALFORMED, OptionalInt.empty(),
                    "The more link from " + lrs.endpoint() + " leads to another origin ("
                            + target.getScheme() + "://" + target.getHost() + "); credentials are not sent there");
        }
        return target;
    }

    private static boolean sameOrigin(URI endpoint, URI target) {
        return target.getRawUserInfo() == null
                && endpoint.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
                && endpoint.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
                && port(endpoint) == port(target);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
