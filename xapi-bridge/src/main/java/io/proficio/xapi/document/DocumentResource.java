package io.proficio.xapi.document;


import static io.proficio.domain.Jsonp.JSON;

import io.proficio.application.xapi.DocumentService;
import io.proficio.domain.document.ConcurrencyPolicy;
import io.proficio.domain.document.DocumentKind;
import io.proficio.domain.document.DocumentOutcome;
import io.proficio.domain.document.ListedDocument;
import io.proficio.domain.document.Preconditions;
import io.proficio.domain.document.XapiDocument;
import io.proficio.xapi.http.CurrentSource;
import io.proficio.xapi.http.XapiError;
import io.proficio.xapi.http.XapiRejected;
import io.proficio.xapi.statement.XapiVersion;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * A document resource (xAPI 1.0.3 Communication §2.2): {@code PUT} stores a document as sent,
 * {@code POST} merges a JSON object into a JSON document, {@code GET} returns one document (with its
 * {@code ETag} and {@code Last-Modified}; {@code HEAD} the same without the body, JAX-RS 3.1 §3.3.5)
 * or, without the id, the ids of the context's documents, and {@code DELETE} removes one (or, for
 * State, all of the context). Writes honour {@code If-Match}/{@code If-None-Match} (§3.1).
 */
public abstract class DocumentResource {

    @Inject
    DocumentService documents;
    @Inject
    CurrentSource current;

    protected abstract DocumentKind kind();

    @GET
    public Response get(@Context UriInfo uri) {
        DocumentRequest request = DocumentRequest.read(kind(), DocumentRequest.Action.READ, uri.getQueryParameters());
        if (request.documentId().isEmpty()) {
            return list(request);
        }
        XapiDocument document = documents.find(current.source().tenantId(), request.address())
                .orElseThrow(() -> new XapiRejected(XapiError.DOCUMENT_NOT_FOUND,
                        "No document " + request.documentId().get() + " here."));
        return Response.ok(document.content(), document.contentType()).tag(new EntityTag(document.etag()))
                .lastModified(Date.from(document.updatedAt())).build();
    }

    @PUT
    public Response put(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        DocumentRequest request = DocumentRequest.read(kind(), DocumentRequest.Action.WRITE, uri.getQueryParameters());
        byte[] content = read(headers, body);
        return answer(documents.put(current.source().tenantId(), request.address(), contentType(headers), content,
                preconditions(headers), ConcurrencyPolicy.of(kind(), current.version() == XapiVersion.V2_0_0)));
    }

    @POST
    public Response post(@Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        DocumentRequest request = DocumentRequest.read(kind(), DocumentRequest.Action.WRITE, uri.getQueryParameters());
        byte[] content = read(headers, body);
        return answer(documents.post(current.source().tenantId(), request.address(), contentType(headers), content,
                preconditions(headers)));
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @Context HttpHeaders headers) {
        DocumentRequest request = DocumentRequest.read(kind(), DocumentRequest.Action.DELETE, uri.getQueryParameters());
        if (request.documentId().isEmpty()) {
            documents.deleteAll(current.source().tenantId(), request.selection());
            return Response.noContent().build();
        }
        return answer(documents.delete(current.source().tenantId(), request.address(), preconditions(headers)));
    }

    private Response list(DocumentRequest request) {
        List<ListedDocument> listed = documents.list(current.source().tenantId(), request.selection());
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        listed.forEach(document -> ids.add(document.documentId()));
        Response.ResponseBuilder response = Response.ok(ids.build().toString(), MediaType.APPLICATION_JSON_TYPE);
        // xAPI 2.0 (IEEE 9274.1.1 §4.1.6.2): the Last-Modified of a list is that of its newest document.
        listed.stream().map(ListedDocument::updatedAt).max(Comparator.naturalOrder())
                .ifPresent(newest -> response.lastModified(Date.from(newest)));
        return response.build();
    }

    private static Response answer(DocumentOutcome outcome) {
        if (outcome instanceof DocumentOutcome.Done done) {
            return done.etag().isEmpty() ? Response.noContent().build()
                    : Response.noContent().tag(new EntityTag(done.etag())).lastModified(Date.from(done.at())).build();
        }
        if (outcome instanceof DocumentOutcome.PreconditionFailed failed) {
            throw new XapiRejected(XapiError.PRECONDITION_FAILED, failed.reason());
        }
        if (outcome instanceof DocumentOutcome.Conflict conflict) {
            throw new XapiRejected(XapiError.DOCUMENT_CONFLICT, conflict.reason());
        }
        if (outcome instanceof DocumentOutcome.PreconditionRequired required) {
            throw new XapiRejected(XapiError.PRECONDITION_REQUIRED, required.reason());
        }
        if (outcome instanceof DocumentOutcome.NotMergeable notMergeable) {
            throw new XapiRejected(XapiError.DOCUMENT_NOT_MERGEABLE, notMergeable.reason());
        }
        throw tooLarge(((DocumentOutcome.TooLarge) outcome).limit());
    }

    /** The body, read no further than one byte past the limit: a larger document is refused (413) unread. */
    private byte[] read(HttpHeaders headers, InputStream body) {
        long limit = documents.maxBytes();
        if (headers.getLength() > limit) {
            throw tooLarge(limit);
        }
        try {
            byte[] content = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw tooLarge(limit);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be read", e);
        }
    }

    private static XapiRejected tooLarge(long limit) {
        return new XapiRejected(XapiError.TOO_LARGE, "The document is larger than this LRS keeps (" + limit
                + " bytes; PROFICIO_XAPI_DOCUMENT_MAX_BYTES).");
    }

    /** The document's media type as sent; a document sent without one is kept as bytes. */
    private static String contentType(HttpHeaders headers) {
        return Optional.ofNullable(headers.getHeaderString(HttpHeaders.CONTENT_TYPE)).filter(type -> !type.isBlank())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    private static Preconditions preconditions(HttpHeaders headers) {
        return new Preconditions(Optional.ofNullable(headers.getHeaderString(HttpHeaders.IF_MATCH)),
                Optional.ofNullable(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH)));
    }
}
