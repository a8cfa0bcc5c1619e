package io.proficio.testing.lrs;

import java.net.URI;

/**
 * How a {@link TestLrs} writes the {@code more} of a StatementResult (xAPI 1.0.3 Data §2.5, a "relative
 * IRL"), as real LRSs variously read that. The endpoint has a path prefix, so a client that resolves one
 * style as another asks for a path that does not exist and gets 404.
 */
public enum MoreStyle {

    /** A path from the host's root, {@code /lrs/xapi/statements?…}, as most LRSs write it. */
    HOST_RELATIVE {
        @Override
        String link(URI endpoint, String statementsWithQuery) {
            return endpoint.getRawPath() + statementsWithQuery;
        }
    },

    /** A full URL, {@code http://127.0.0.1:<port>/lrs/xapi/statements?…}, as Veracity writes it. */
    ABSOLUTE {
        @Override
        String link(URI endpoint, String statementsWithQuery) {
            return endpoint + statementsWithQuery;
        }
    },

    /** A reference relative to the endpoint, {@code statements?…}. */
    ENDPOINT_RELATIVE {
        @Override
        String link(URI endpoint, String statementsWithQuery) {
            return statementsWithQuery;
        }
    };

    /**
     * @param endpoint the LRS's endpoint, ending with {@code /}
     * @param statementsWithQuery {@code statements?<query>}, relative to the endpoint
     */
    abstract String link(URI endpoint, String statementsWithQuery);
}
