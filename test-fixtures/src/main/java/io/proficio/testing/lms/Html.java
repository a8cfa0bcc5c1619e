package io.proficio.testing.lms;

import java.util.Map;

/**
 * Just enough HTML for the platform's pages: escaping what it writes, and the auto-submit form a platform
 * answers an OIDC authentication request with. Reading what a tool answers is the browser's business, in the
 * tests that drive one. Stateless.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A page that posts the fields to {@code action} as soon as it loads, as platforms answer an OIDC request. */
    static String autoSubmitForm(String title, String action, Map<String, String> fields) {
        StringBuilder page = new StringBuilder()
                .append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(escape(title))
                .append("</title></head>\n<body>\n<form id=\"auto-submit\" method=\"post\" action=\"")
                .append(escape(action)).append("\">\n");
        fields.forEach((name, value) -> page.append("<input type=\"hidden\" name=\"").append(escape(name))
                .append("\" value=\"").append(escape(value)).append("\">\n"));
        return page.append("<noscript><button type=\"submit\">Continue</button></noscript>\n</form>\n")
                .append("<script>document.getElementById('auto-submit').submit();</script>\n</body></html>\n")
                .toString();
    }
}
