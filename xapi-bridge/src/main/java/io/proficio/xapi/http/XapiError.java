package io.proficio.xapi.http;

/**
 * Why an xAPI request is refused: a stable code, named in the tests and the code that refuses, with the
 * HTTP status the refusal is answered with. The code says which rule was broken and so which status
 * applies; the {@link XapiRejected} that carries it says, in its detail, what exactly was wrong. ADL's LRS
 * conformance suite asserts these statuses, so a code's status never changes: a refusal that needs
 * another status needs another code.
 *
 * <p>Sections are those of xAPI 1.0.3 Part Three, Communication, unless they name Data (Part Two); the
 * general meaning of each status is Communication §3.2 (Error Codes).
 */
public enum XapiError {

    /** The {@code X-Experience-API-Version} header is missing or not a version served (§3.3.s3.b4–b7, s4.b1). */
    VERSION_UNSUPPORTED(400),

    /**
     * A request in the Alternate Request Syntax breaks its rules: not a POST, a query string with more than
     * {@code method}, an unknown method, a body that is not a URL-encoded form, a PUT or POST without the
     * {@code content} field (§1.3.s3); or the request speaks xAPI 2.0, which has no such syntax (IEEE
     * 9274.1.1 §4.1.1).
     */
    ALTERNATE_SYNTAX_INVALID(400),

    /**
     * The body comes in a media type the resource does not read (§1.5; §3.2.s3.b6: 400, not HTTP's 415, as
     * ADL's suite expects for statements sent as {@code multipart/form-data}).
     */
    MEDIA_TYPE_UNSUPPORTED(400),

    /**
     * A {@code multipart/mixed} statement request does not follow RFC 2046 §5.1 or leaves out what xAPI
     * asks of its parts: the JSON first part, UTF-8, {@code X-Experience-API-Hash}, binary transfer
     * encoding (§1.5.2, §1.4).
     */
    MULTIPART_INVALID(400),

    /** A parameter the resource does not take, or one of its parameters in another case (§3.2.s3.b7, b8). */
    UNKNOWN_PARAMETER(400),

    /**
     * Parameters that may not be sent together: {@code statementId} with {@code voidedStatementId}, or
     * either of them with anything but {@code attachments} and {@code format} (§2.1.3.s2.b1, b2).
     */
    PARAMETER_COMBINATION_INVALID(400),

    /** A parameter the request needs is missing (§3.2.s2.b1, "an invalid or missing argument"). */
    PARAMETER_MISSING(400),

    /**
     * A parameter's value is not of its type: an Agent that is not JSON or has no inverse functional
     * identifier, an IRI, a UUID, a timestamp, a boolean, a limit, a format, or a {@code more} link that was
     * changed (§3.2.s2.b1; §2.1.3.s1, §2.3–§2.7 for the parameters' types).
     */
    PARAMETER_INVALID(400),

    /** A request header other than the version cannot be read: {@code Accept-Language} (§2.1.3.s4.b5). */
    HEADER_INVALID(400),

    /**
     * The statements sent are not valid: not JSON, not a statement where one is expected, a property of the
     * wrong form (Data §2.2), an id that differs from the {@code statementId} parameter (§2.1.1.s3.b3), or
     * one id twice in a batch (§2.1.1.s2.b4, §2.1.2.s2.b6).
     */
    STATEMENT_INVALID(400),

    /**
     * Attachments and the parts sent with them do not match by SHA-2, or an Attachment without
     * {@code fileUrl} comes without its data (§1.5.2, Data §2.4.11).
     */
    ATTACHMENT_INVALID(400),

    /** A signed statement's signature is malformed or does not verify (Data §2.6). */
    SIGNATURE_INVALID(400),

    /**
     * A POST to a document resource where the stored or the sent document is not a JSON object, so the two
     * cannot be merged (§2.2.s8.b1).
     */
    DOCUMENT_NOT_MERGEABLE(400),

    /**
     * A PUT creating a profile document without {@code If-None-Match: *} or {@code If-Match}, which §3.1.s3.b1
     * asks of clients. xAPI names no status for it, so it is a missing argument (§3.2.s2.b1), not HTTP's 428;
     * ADL's 1.0.3 suite asks for an error here (XAPI-00273).
     */
    PRECONDITION_REQUIRED(400),

    /**
     * No credentials, or none this LRS can read: HTTP Basic with an xAPI source's key and secret (§3.2.s2.b2,
     * §4.0). Answered with {@code WWW-Authenticate}.
     */
    CREDENTIALS_MISSING(401),

    /** The credentials are refused: the source is unknown or revoked, or the secret is wrong (§3.2.s2.b2). */
    CREDENTIALS_REFUSED(401),

    /** No statement, or no voided statement, with the id asked for (§3.2.s2.b4, §2.1.4). */
    STATEMENT_NOT_FOUND(404),

    /** No document with the id asked for in the context given (§3.2.s2.b4). */
    DOCUMENT_NOT_FOUND(404),

    /**
     * A statement with the id sent is stored already with other content (§2.1.1.s2.b3, §2.1.2.s2.b5), or was
     * stored by another request while this one was being stored.
     */
    STATEMENT_CONFLICT(409),

    /**
     * A PUT would replace an existing document without {@code If-Match} or {@code If-None-Match} saying which
     * version it expects (§3.1.s4.b13–b15).
     */
    DOCUMENT_CONFLICT(409),

    /** {@code If-Match} or {@code If-None-Match} does not hold for the document as stored (§3.1.s4.b9–b12). */
    PRECONDITION_FAILED(412),

    /** The document is larger than this LRS keeps (§3.2.s2.b7, §3.2.s3.b11). */
    TOO_LARGE(413);

    private final int status;

    XapiError(int status) {
        this.status = status;
    }

    /** The HTTP status the refusal is answered with. */
    public int status() {
        return status;
    }
}
