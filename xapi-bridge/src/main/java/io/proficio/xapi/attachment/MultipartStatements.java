package io.proficio.xapi.attachment;

import io.proficio.xapi.http.XapiRejected;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A Statement request sent as {@code multipart/mixed} (xAPI 1.0.3 Communication §1.5.2; RFC 2046
 * §5.1): the first part holds the Statements, as {@code application/json}, and each further part the
 * raw data of an Attachment (§1.5.2.s2.b2.b1, b2). Only the transport is read here; the Statements
 * text is parsed as JSON and validated by whoever handles an {@code application/json} body, and
 * {@link AttachmentCheck} matches the parts with the Attachment objects.
 *
 * <p>What each part must carry:
 * <ul>
 *   <li>the first: {@code Content-Type: application/json} (§1.5.2.s2.b2.b6), UTF-8 (§1.4.s1.b1), so a
 *       {@code charset} parameter other than UTF-8 is refused;</li>
 *   <li>the others: {@code X-Experience-API-Hash} with a hex SHA-2 digest (§1.5.2.s2.b2.b3). They must
 *       also carry {@code Content-Transfer-Encoding: binary} (§1.5.2.s2.b2.b4), but the LRS "SHOULD
 *       assume a Content-Transfer-Encoding of binary" (§1.5.2.s3.b6): a missing header is taken as
 *       {@code binary}, and any other encoding ({@code base64}, {@code quoted-printable}, even the
 *       identity {@code 7bit}/{@code 8bit}) is refused rather than decoded. A missing
 *       {@code Content-Type} is taken as RFC 2046 §5.1.1's default, {@code text/plain; charset=US-ASCII}.</li>
 * </ul>
 * Header names are case-insensitive. Line breaks are CRLF (an LF-only body is read too, when its
 * first boundary line ends in LF); preamble and epilogue are ignored; the closing boundary is
 * required. Body size is not limited here (§1.5.2.s3.b7 lets the LRS refuse large batches; that is
 * the HTTP layer's job).
 *
 * @param statements the first part's text: a Statement or an array of Statements, still unparsed
 * @param parts the further parts, in body order (a hash may repeat)
 */
public record MultipartStatements(String statements, List<AttachmentPart> parts) {

    /** RFC 2046 §5.1.1: a body part without Content-Type is {@code text/plain; charset=US-ASCII}. */
    static final String DEFAULT_PART_TYPE = "text/plain; charset=US-ASCII";

    public MultipartStatements {
        Objects.requireNonNull(statements, "statements");
        parts = List.copyOf(parts);
    }

    /**
     * @param contentTypeHeader the request's {@code Content-Type}; {@code null} if it had none
     * @param body the request body as received; {@code null} is taken as empty
     * @throws XapiRejected 400 naming what is malformed: a Content-Type that is not
     *     {@code multipart/mixed} with a valid {@code boundary}, a body that does not follow RFC 2046,
     *     or a part without what xAPI requires of it
     */
    public static MultipartStatements parse(String contentTypeHeader, byte[] body) {
        MediaTypeHeader type = MediaTypeHeader.parse(contentTypeHeader)
                .orElseThrow(() -> MultipartBody.malformed("The request has no valid Content-Type header."));
        if (!type.is("multipart", "mixed")) {
            throw MultipartBody.malformed("The Content-Type is " + type.type() + "/" + type.subtype()
                    + "; statements with attachments come as multipart/mixed (xAPI Communication §1.5.2).");
        }
        String boundary = type.parameter("boundary").orElseThrow(() -> MultipartBody.malformed(
                "The multipart/mixed Content-Type has no boundary parameter (RFC 2046 §5.1.1)."));
        if (!MultipartBody.isBoundary(boundary)) {
            throw MultipartBody.malformed("The boundary parameter is not 1 to 70 of the characters RFC 2046 §5.1.1"
                    + " allows, not ending in a space.");
        }
        List<BodyPart> bodyParts = MultipartBody.split(body == null ? new byte[0] : body, boundary);
        return new MultipartStatements(statementsOf(bodyParts.get(0)),
                bodyParts.stream().skip(1).map(MultipartStatements::attachmentOf).toList());
    }

    private static String statementsOf(BodyPart part) {
        MediaTypeHeader type = part.header("Content-Type").flatMap(MediaTypeHeader::parse)
                .filter(t -> t.is("application", "json"))
                .orElseThrow(() -> MultipartBody.malformed("The first part must have Content-Type application/json"
                        + " and hold the statements (xAPI Communication §1.5.2.s2.b2.b1)."));
        if (type.parameter("charset").filter(charset -> !charset.equalsIgnoreCase("UTF-8")).isPresent()) {
            throw MultipartBody.malformed("The statements must be UTF-8 (xAPI Communication §1.4), not "
                    + type.parameter("charset").orElseThrow() + ".");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(part.content())).toString();
        } catch (CharacterCodingException e) {
            throw MultipartBody.malformed("The first part is not UTF-8 text (xAPI Communication §1.4).");
        }
    }

    private static AttachmentPart attachmentOf(BodyPart part) {
        String hash = part.header("X-Experience-API-Hash").orElseThrow(() -> MultipartBody.malformed(
                "Part " + part.number() + " has no X-Experience-API-Hash header (xAPI Communication §1.5.2.s2.b2.b3)."));
        if (Sha2.algorithmOf(hash).isEmpty()) {
            throw MultipartBody.malformed("The X-Experience-API-Hash of part " + part.number()
                    + " is not the hex of a SHA-224, SHA-256, SHA-384 or SHA-512 digest.");
        }
        part.header("Content-Transfer-Encoding").filter(encoding -> !encoding.equalsIgnoreCase("binary"))
                .ifPresent(encoding -> {
                    throw MultipartBody.malformed("Part " + part.number() + " has Content-Transfer-Encoding "
                            + encoding + "; attachments are sent binary (xAPI Communication §1.5.2.s2.b2.b4).");
                });
        String contentType = part.header("Content-Type").orElse(DEFAULT_PART_TYPE);
        if (MediaTypeHeader.parse(contentType).isEmpty()) {
            throw MultipartBody.malformed("Part " + part.number() + " has a malformed Content-Type.");
        }
        return new AttachmentPart(hash, contentType, part.content());
    }
}
