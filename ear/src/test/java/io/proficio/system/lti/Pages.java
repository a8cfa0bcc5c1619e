package io.proficio.system.lti;

import com.sun.net.httpserver.HttpExchange;
import java.util.List;
import java.util.Map;

/**
 * Paging of a service's collection the way NRPS 2.0 §2.4.2 and AGS 2.0 §3.2.5 describe it: a
 * {@code limit} query parameter, and a {@code Link: <…>; rel="next"} header with an absolute URL
 * while more remain. The platform's own {@code offset} parameter carries the position.
 */
final class Pages {

    private Pages() {
    }

    /**
     * The page of {@code all} the request asks for; sets the Link header when another follows.
     *
     * @param defaultLimit the page size when the request names none
     * @param baseUrl the collection's absolute URL without query
     */
    static <T> List<T> page(HttpExchange exchange, List<T> all, int defaultLimit, String baseUrl) {
        Map<String, String> query = HttpExchanges.query(exchange);
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
