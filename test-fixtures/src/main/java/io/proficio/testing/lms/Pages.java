package io.proficio.testing.lms;

import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paging of a service's collection (NRPS 2.0 §2.4.2, AGS 2.0 §3.2.5: the platform chooses its parameters and
 * announces the next page in a {@code Link} header with an absolute URL) the three ways {@link
 * PlatformQuirks.Paging} describes: the platform's own {@code limit}/{@code offset}, Moodle's {@code
 * limit}/{@code from} and Canvas's {@code page}/{@code per_page}; and by page number with a page size a test
 * sets ({@link #numbered}), with the links a service client must read all of or resolve itself. Stateless.
 */
final class Pages {

    /** How {@link #numbered} writes its links. */
    enum NumberedLinks {
        /** {@code first} in one Link header, {@code next} and {@code last} in a second, all absolute. */
        SPLIT_ABSOLUTE,
        /**
         * As {@link #SPLIT_ABSOLUTE}, but {@code next} relative to the collection: its last path segment and
         * {@code ?page=N}, as in {@code memberships?page=2}.
         */
        SPLIT_RELATIVE_PATH,
        /** Only {@code next}: a query-only reference, {@code ?…&page=N}, that keeps the request's other parameters. */
        QUERY_ONLY
    }

    static final int STANDARD_PAGE_SIZE = 100;
    static final int CANVAS_PAGE_SIZE = 10;
    private static final Set<String> CANVAS_PARAMETERS = Set.of("page", "per_page", "limit");

    private Pages() {
    }

    /**
     * The page of {@code all} the request asks for; sets the Link header the style calls for.
     *
     * @param pageSize the page size a test set, used when the request names none; null for the style's default
     * @param baseUrl the collection's absolute URL without query
     */
    static <T> List<T> page(HttpExchange exchange, List<T> all, PlatformQuirks.Paging style, Integer pageSize,
            String baseUrl) {
        Map<String, String> query = HttpExchanges.query(exchange);
        return switch (style) {
            case STANDARD -> standard(exchange, query, all, pageSize == null ? STANDARD_PAGE_SIZE : pageSize, baseUrl);
            case MOODLE -> moodle(exchange, query, all, pageSize, baseUrl);
            case CANVAS -> canvas(exchange, query, all, pageSize == null ? CANVAS_PAGE_SIZE : pageSize, baseUrl);
        };
    }

    /**
     * The page of {@code all} that the request's {@code page} (from 1) names, {@code pageSize} to a page; sets the
     * Link headers while more pages remain.
     *
     * @param baseUrl the collection's absolute URL without query
     */
    static <T> List<T> numbered(HttpExchange exchange, List<T> all, int pageSize, String baseUrl,
            NumberedLinks links) {
        Map<String, List<String>> query = URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
        String asked = query.getOrDefault("page", List.of()).stream().findFirst().orElse(null);
        int page = positive(asked, 1);
        int pages = Math.max(1, (int) ((all.size() + (long) pageSize - 1) / pageSize));
        int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
        int end = (int) Math.min((long) from + pageSize, all.size());
        if (links == NumberedLinks.QUERY_ONLY) {
            if (end < all.size()) {
                Map<String, List<String>> next = new LinkedHashMap<>(query);
                next.put("page", List.of(String.valueOf(page + 1)));
                exchange.getResponseHeaders().add("Link",
                        "<?" + URLUtils.serializeParameters(next) + ">; rel=\"next\"");
            }
        } else if (page < pages) {
            String next = links == NumberedLinks.SPLIT_RELATIVE_PATH
                    ? baseUrl.substring(baseUrl.lastIndexOf('/') + 1) + "?page=" + (page + 1)
                    : baseUrl + "?page=" + (page + 1);
            // Two Link headers, the second with two links: clients must read them all.
            exchange.getResponseHeaders().add("Link", "<" + baseUrl + "?page=1>; rel=\"first\"");
            exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\", <" + baseUrl + "?page=" + pages
                    + ">; rel=\"last\"");
        }
        return all.subList(from, end);
    }

    /** {@code limit} and {@code offset}; the next link keeps the request's other parameters. */
    private static <T> List<T> standard(HttpExchange exchange, Map<String, String> query, List<T> all,
            int defaultLimit, String baseUrl) {
        int limit = positive(query.get("limit"), defaultLimit);
        int offset = Math.min(nonNegative(query.get("offset")), all.size());
        int end = (int) Math.min((long) offset + limit, all.size());
        if (end < all.size()) {
            StringBuilder next = new StringBuilder(baseUrl).append("?");
            query.forEach((name, value) -> {
                if (!name.equals("offset") && !name.equals("limit")) {
                    next.append(HttpExchanges.encode(name)).append('=').append(HttpExchanges.encode(value)).append('&');
                }
            });
            next.append("limit=").append(limit).append("&offset=").append(end);
            exchange.getResponseHeaders().add("Link", "<" + next + ">; rel=\"next\"");
        }
        return all.subList(offset, end);
    }

    /**
     * Moodle's {@code memberships.php}: without a limit everything (here: a test's page size, when set), {@code
     * from} only counts with a limit, and the next link is the endpoint with {@code limit} and {@code from} alone.
     */
    private static <T> List<T> moodle(HttpExchange exchange, Map<String, String> query, List<T> all, Integer pageSize,
            String baseUrl) {
        int limit = positive(query.get("limit"), pageSize == null ? 0 : pageSize);
        if (limit == 0) {
            return all;
        }
        int from = Math.min(nonNegative(query.get("from")), all.size());
        int end = (int) Math.min((long) from + limit, all.size());
        if (end < all.size()) {
            exchange.getResponseHeaders().add("Link", "<" + baseUrl + "?limit=" + limit + "&from=" + end
                    + ">; rel=\"next\"");
        }
        return all.subList(from, end);
    }

    /** Canvas's {@code Api.paginate}: pages from 1, one Link value with current, next, prev, first and last. */
    private static <T> List<T> canvas(HttpExchange exchange, Map<String, String> query, List<T> all,
            int defaultPerPage, String baseUrl) {
        int perPage = positive(query.get("per_page"), positive(query.get("limit"), defaultPerPage));
        int lastPage = Math.max(1, (int) ((all.size() + (long) perPage - 1) / perPage));
        int page = positive(query.get("page"), 1);
        int from = (int) Math.min((long) (page - 1) * perPage, all.size());
        int end = (int) Math.min((long) from + perPage, all.size());
        StringBuilder prefix = new StringBuilder(baseUrl).append('?');
        query.forEach((name, value) -> {
            if (!CANVAS_PARAMETERS.contains(name)) {
                prefix.append(HttpExchanges.encode(name)).append('=').append(HttpExchanges.encode(value)).append('&');
            }
        });
        List<String> links = new ArrayList<>();
        links.add(canvasLink(prefix, page, perPage, "current"));
        if (page < lastPage) {
            links.add(canvasLink(prefix, page + 1, perPage, "next"));
        }
        if (page > 1) {
            links.add(canvasLink(prefix, Math.min(page - 1, lastPage), perPage, "prev"));
        }
        links.add(canvasLink(prefix, 1, perPage, "first"));
        links.add(canvasLink(prefix, lastPage, perPage, "last"));
        exchange.getResponseHeaders().set("Link", String.join(",", links));
        return all.subList(from, end);
    }

    private static String canvasLink(CharSequence prefix, int page, int perPage, String rel) {
        return "<" + prefix + "page=" + page + "&per_page=" + perPage + ">; rel=\"" + rel + "\"";
    }

    private static int positive(String value, int otherwise) {
        try {
            int parsed = value == null ? otherwise : Integer.parseInt(value);
            return parsed > 0 ? parsed : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static int nonNegative(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
