package io.proficio.testing.browser;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tool's answer to a step of a launch, as the browser received it.
 *
 * @param status the HTTP status
 * @param body the body as text
 * @param headers the headers, names case-insensitive
 * @param location the {@code Location} header resolved against the request URL; null when absent
 * @param setCookies the {@code Set-Cookie} headers as received
 */
public record LaunchResult(int status, String body, Map<String, List<String>> headers, URI location,
        List<String> setCookies) {

    private static final Pattern SESSION_IN_TEXT = Pattern.compile("/app/[^\\s\"'<>]*?[?&](?:amp;)?session=([^&\\s\"'<>#]+)");
    private static final Pattern ERROR_CODE = Pattern.compile("data-error-code\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    public LaunchResult {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> caseInsensitive.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(caseInsensitive);
        setCookies = List.copyOf(setCookies);
    }

    /** The first value of a header; empty when absent. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name)).filter(values -> !values.isEmpty()).map(values -> values.get(0));
    }

    /**
     * The session token the launch ended with: the {@code session} parameter of the first {@code /app/…}
     * link (in the Location header, an attribute, or the text), or the content of {@code <meta
     * name="proficio-session">}.
     *
     * @throws IllegalStateException when the answer holds none
     */
    public String sessionLink() {
        return findSessionToken().orElseThrow(() -> new IllegalStateException(
                "No session in the tool's answer: " + this));
    }

    public Optional<String> findSessionToken() {
        if (location != null && location.getRawPath() != null && location.getRawPath().contains("/app/")) {
            Optional<String> fromLocation = sessionParameter(location.getRawQuery());
            if (fromLocation.isPresent()) {
                return fromLocation;
            }
        }
        for (Html.Tag tag : Html.tags(body)) {
            if (tag.name().equals("meta") && "proficio-session".equals(tag.attribute("name"))
                    && tag.attribute("content") != null && !tag.attribute("content").isBlank()) {
                return Optional.of(tag.attribute("content"));
            }
            for (String value : tag.attributes().values()) {
                int app = value.indexOf("/app/");
                int query = value.indexOf('?', Math.max(app, 0));
                if (app >= 0 && query > app) {
                    Optional<String> session = sessionParameter(value.substring(query + 1).split("#", 2)[0]);
                    if (session.isPresent()) {
                        return session;
                    }
                }
            }
        }
        Matcher inText = SESSION_IN_TEXT.matcher(body);
        return inText.find() ? sessionParameter("session=" + inText.group(1)) : Optional.empty();
    }

    private static Optional<String> sessionParameter(String query) {
        if (query == null) {
            return Optional.empty();
        }
        List<String> values = URLUtils.parseParameters(query).get("session");
        return values == null || values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The {@code data-error-code} of the tool's error page.
     *
     * @throws IllegalStateException when the answer holds none
     */
    public String errorCode() {
        return findErrorCode().orElseThrow(() -> new IllegalStateException("No data-error-code in the tool's answer: "
                + this));
    }

    public Optional<String> findErrorCode() {
        Matcher code = ERROR_CODE.matcher(body);
        return code.find() ? Optional.of(Html.decode(code.group(1) != null ? code.group(1) : code.group(2)))
                : Optional.empty();
    }

    /** Status, location and the start of the body, for assertion messages. */
    @Override
    public String toString() {
        String start = body.length() > 600 ? body.substring(0, 600) + "…" : body;
        return "LaunchResult[status=" + status + ", location=" + location + ", body=" + start + "]";
    }
}
