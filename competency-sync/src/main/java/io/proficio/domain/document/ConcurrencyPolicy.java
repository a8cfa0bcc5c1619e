package io.proficio.domain.document;

/**
 * When a PUT must say which version of a document it replaces (xAPI 1.0.3 Communication §3.1).
 *
 * @param replacingNeedsPrecondition a PUT to an existing document without {@code If-Match} or
 *                                   {@code If-None-Match} is refused with 409
 * @param creatingNeedsPrecondition  a PUT creating a document without either header is refused with 400
 */
public record ConcurrencyPolicy(boolean replacingNeedsPrecondition, boolean creatingNeedsPrecondition) {

    /**
     * The policy of a resource at a version. 1.0.3 §3.1 asks for the headers on the Agent and Activity
     * Profile resources ("Clients MUST use If-Match ... or If-None-Match ...") and exempts State ("The
     * State API will permit PUT Statements without concurrency headers, since state conflicts are
     * unlikely"); ADL's 1.0.3 suite (XAPI-00273, the Activity Profile's "fails without ETag header")
     * refuses a profile PUT without them even for a new document. xAPI 2.0 (IEEE 9274.1.1 §4.1.4) lists
     * State with the profiles for replacing, and its suite creates profiles without the headers.
     *
     * @param xapi2 whether the request speaks xAPI 2.0
     */
    public static ConcurrencyPolicy of(DocumentKind kind, boolean xapi2) {
        boolean profile = kind != DocumentKind.STATE;
        return new ConcurrencyPolicy(profile || xapi2, profile && !xapi2);
    }
}
