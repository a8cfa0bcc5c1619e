package io.proficio.testing.browser;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cookies of one {@link LtiBrowser}, kept and sent the way Chromium does (RFC 6265bis): {@code
 * http://localhost} and 127.0.0.1 count as secure contexts, so {@code Secure} cookies are kept and sent
 * there; {@code SameSite=None} without {@code Secure} is refused; {@code __Secure-} and {@code __Host-}
 * prefixes are enforced; and on a cross-site request only {@code SameSite=None} cookies go along (a cookie
 * without SameSite is Lax). Ports do not separate cookies. Thread-safe.
 */
final class CookieJar {

    private record Stored(String name, String value, String domain, boolean hostOnly, String path, boolean secure,
            String sameSite, Instant expires) {

        String key() {
            return name + ";" + domain + ";" + path;
        }
    }

    private final Map<String, Stored> cookies = new LinkedHashMap<>();

    /** Keeps the cookie if a browser would; answers whether it did. */
    synchronized boolean receive(SetCookie cookie, URI from) {
        String host = host(from);
        boolean secureContext = isSecureContext(from);
        String sameSite = cookie.sameSite().map(s -> s.toLowerCase(Locale.ROOT)).orElse("lax");
        if (cookie.secure() && !secureContext) {
            return false;
        }
        if (sameSite.equals("none") && !cookie.secure()) {
            return false;
        }
        if ((cookie.name().startsWith("__Secure-") || cookie.name().startsWith("__Host-")) && !cookie.secure()) {
            return false;
        }
        if (cookie.name().startsWith("__Host-") && (cookie.domain().isPresent() || !"/".equals(cookie.path().orElse("")))) {
            return false;
        }
        String domain = cookie.domain().map(d -> d.replaceFirst("^\\.", "").toLowerCase(Locale.ROOT)).orElse(host);
        if (!domainMatches(host, domain)) {
            return false;
        }
        String path = cookie.path().filter(p -> p.startsWith("/")).orElse(defaultPath(from));
        Stored stored = new Stored(cookie.name(), cookie.value(), domain, cookie.domain().isEmpty(), path,
                cookie.secure(), sameSite, expiry(cookie));
        cookies.remove(stored.key());
        if (stored.expires() == null || stored.expires().isAfter(Instant.now())) {
            cookies.put(stored.key(), stored);
        }
        return true;
    }

    /** The {@code Cookie} header for a request to {@code uri}; empty when no cookie applies. */
    synchronized String header(URI uri, boolean crossSite) {
        String host = host(uri);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        boolean secureContext = isSecureContext(uri);
        Instant now = Instant.now();
        cookies.values().removeIf(c -> c.expires() != null && !c.expires().isAfter(now));
        return cookies.values().stream()
                .filter(c -> c.hostOnly() ? c.domain().equals(host) : domainMatches(host, c.domain()))
                .filter(c -> pathMatches(path, c.path()))
                .filter(c -> !c.secure() || secureContext)
                .filter(c -> !crossSite || c.sameSite().equals("none"))
                .sorted(Comparator.comparingInt((Stored c) -> c.path().length()).reversed())
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
    }

    /** The cookies kept now, name to value (the last of a name wins). */
    synchronized Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        cookies.values().forEach(c -> values.put(c.name(), c.value()));
        return values;
    }

    synchronized void clear() {
        cookies.clear();
    }

    private static Instant expiry(SetCookie cookie) {
        if (cookie.maxAge().isPresent()) {
            return Instant.now().plusSeconds(cookie.maxAge().get());
        }
        String expires = cookie.attributes().get("expires");
        if (expires == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(expires, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String host(URI uri) {
        return uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** Chromium treats https and the loopback hosts as potentially trustworthy. */
    static boolean isSecureContext(URI uri) {
        String host = host(uri);
        return "https".equalsIgnoreCase(uri.getScheme()) || host.equals("localhost") || host.endsWith(".localhost")
                || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    private static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath)
                || requestPath.startsWith(cookiePath) && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    @Override
    public synchronized String toString() {
        return new ArrayList<>(cookies.values()).toString();
    }
}
