package io.proficio.xapi.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The Alternate Request Syntax of xAPI 1.0.3 Communication §1.3, for clients that can only send GET
 * and POST (browsers' cross-origin forms): {@code POST …?method=PUT} with an
 * {@code application/x-www-form-urlencoded} body whose {@code Authorization},
 * {@code X-Experience-API-Version}, {@code Content-Type}, {@code Content-Length}, {@code If-Match} and
 * {@code If-None-Match} fields are headers, {@code content} the body, and every other field a query
 * parameter. It is turned into the request it stands for before resources are matched, so every
 * resource serves it. The query string may hold {@code method} alone (§1.3.s3.b4), and xAPI 2.0
 * removed the syntax (IEEE 9274.1.1 §4.1.1), so a 2.0 request with {@code method} is refused.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class AlternateRequestSyntax implements ContainerRequestFilter {

    static final String METHOD = "method";
    private static final Set<String> METHODS = Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.POST, HttpMethod.DELETE);
    private static final List<String> HEADERS = List.of(HttpHeaders.AUTHORIZATION, XapiRequestFilter.VERSION,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);
    private static final String CONTENT = "content";

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, List<String>> parameters = request.getUriInfo().getQueryParameters();
        if (!parameters.containsKey(METHOD)) {
            return;
        }
        if (Optional.ofNullable(request.getHeaderString(XapiRequestFilter.VERSION)).orElse("").startsWith("2.")) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "xAPI 2.0 has no alternate request syntax: send the request's own method.");
        }
        if (!request.getMethod().equals(HttpMethod.POST)) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "The alternate request syntax is a POST (xAPI Communication §1.3).");
        }
        if (parameters.size() > 1) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "With the alternate request syntax the query string holds method alone;"
                    + " send the other parameters as form fields (xAPI Communication §1.3).");
        }
        String method = parameters.get(METHOD).get(0).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID, "method must be GET, PUT, POST or DELETE.");
        }
        MediaType type = request.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "The alternate request syntax sends its fields as"
                    + " application/x-www-form-urlencoded (xAPI Communication §1.3).");
        }
        Map<String, String> form = form(request);
        String content = form.remove(CONTENT);
        if (content == null && (method.equals(HttpMethod.PUT) || method.equals(HttpMethod.POST))) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "A " + method + " in the alternate request syntax sends its body as the"
                    + " form field content (xAPI Communication §1.3).");
        }
        StringJoiner query = new StringJoiner("&");
        String contentType = MediaType.APPLICATION_JSON;
        for (Map.Entry<String, String> field : form.entrySet()) {
            Optional<String> header = HEADERS.stream().filter(h -> h.equalsIgnoreCase(field.getKey())).findFirst();
            if (header.isEmpty()) {
                query.add(encode(field.getKey()) + "=" + encode(field.getValue()));
            } else if (header.get().equals(HttpHeaders.CONTENT_TYPE)) {
                contentType = field.getValue();
            } else if (!header.get().equals(HttpHeaders.CONTENT_LENGTH)) {
                request.getHeaders().putSingle(header.get(), field.getValue());
            }
        }
        byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, contentType);
        request.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, String.valueOf(body.length));
        request.setEntityStream(new ByteArrayInputStream(body));
        request.setRequestUri(request.getUriInfo().getBaseUri(), request.getUriInfo().getRequestUriBuilder()
                .replaceQuery(query.length() == 0 ? null : query.toString()).build());
        request.setMethod(method);
    }

    private static Map<String, String> form(ContainerRequestContext request) {
        try {
            String text = new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                fields.put(decode(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("The form could not be read", e);
        } catch (IllegalArgumentException e) {
            throw new XapiRejected(XapiError.ALTERNATE_SYNTAX_INVALID,
                    "The form is not URL-encoded: " + e.getMessage());
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
