package io.proficio.testing.lms;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code GET /course/{contextId}?tool=<tool base URL>&hint=<login hint>}: a course page for browser
 * tests. It embeds the tool in an iframe named {@code tool} whose src is the platform's login initiation
 * with {@code lti_storage_target=_parent}, and implements the platform side of LTI Client Side
 * postMessages (lti-cs-pm v0.1) with platform storage: it answers {@code lti.capabilities}, {@code
 * lti.put_data} and {@code lti.get_data} (and their older {@code org.imsglobal.lti.} names) with the
 * {@code .response} subject and the same {@code message_id}, stores values per origin and key, and
 * ignores messages from any origin but the tool's.
 */
final class CoursePage {

    private final Function<Initiate, LoginInitiation> initiate;

    /** The page's parameters, for the platform to initiate a login from. */
    record Initiate(String contextId, URI toolBase, String loginHint) {
    }

    CoursePage(Function<Initiate, LoginInitiation> initiate) {
        this.initiate = initiate;
    }

    void handle(HttpExchange exchange, String path) throws IOException {
        String[] parts = path.split("/");
        Map<String, String> query = HttpExchanges.query(exchange);
        if (parts.length != 3 || !"GET".equals(exchange.getRequestMethod())) {
            HttpExchanges.sendText(exchange, 404, "No such page: " + path);
            return;
        }
        URI tool;
        try {
            tool = new URI(query.getOrDefault("tool", ""));
        } catch (java.net.URISyntaxException e) {
            tool = null;
        }
        if (tool == null || tool.getScheme() == null || tool.getHost() == null) {
            HttpExchanges.sendText(exchange, 400, "tool must be the tool's absolute base URL");
            return;
        }
        String contextId = parts[2];
        LoginInitiation login = initiate.apply(new Initiate(contextId, tool, query.get("hint")));
        String toolOrigin = tool.getScheme() + "://" + tool.getRawAuthority();
        HttpExchanges.sendHtml(exchange, 200, page(contextId, login.asGetUri().toString(), toolOrigin));
    }

    private static String page(String contextId, String iframeSrc, String toolOrigin) {
        return """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Course %1$s</title></head>
                <body>
                <h1 id="course-title">Course %1$s</h1>
                <iframe name="tool" id="tool" title="Proficio" width="800" height="600" src="%2$s"
                        allow="clipboard-write"></iframe>
                <script>
                (function () {
                  const toolOrigin = %3$s;
                  const store = {};
                  window.ltiPlatformStorage = store;
                  window.addEventListener('message', function (event) {
                    if (event.origin !== toolOrigin) {
                      return;
                    }
                    const message = event.data;
                    if (!message || typeof message !== 'object' || typeof message.subject !== 'string'
                        || message.subject.endsWith('.response')) {
                      return;
                    }
                    const prefix = message.subject.startsWith('org.imsglobal.') ? 'org.imsglobal.' : '';
                    const subject = message.subject.substring(prefix.length);
                    const reply = { subject: message.subject + '.response', message_id: message.message_id };
                    const slot = event.origin + '\\n' + message.key;
                    if (subject === 'lti.capabilities') {
                      reply.supported_messages = [
                        { subject: prefix + 'lti.capabilities' },
                        { subject: prefix + 'lti.get_data', frame: '_parent' },
                        { subject: prefix + 'lti.put_data', frame: '_parent' }
                      ];
                    } else if (subject === 'lti.put_data') {
                      if (typeof message.key !== 'string' || message.key === '') {
                        reply.error = { code: 'bad_request', message: 'key is required' };
                      } else {
                        store[slot] = message.value;
                        reply.key = message.key;
                        reply.value = message.value;
                      }
                    } else if (subject === 'lti.get_data') {
                      reply.key = message.key;
                      if (Object.prototype.hasOwnProperty.call(store, slot)) {
                        reply.value = store[slot];
                      } else {
                        reply.error = { code: 'bad_request', message: 'no value for key ' + message.key };
                      }
                    } else {
                      reply.error = { code: 'unsupported_subject', message: 'unsupported subject ' + message.subject };
                    }
                    event.source.postMessage(reply, event.origin);
                  });
                })();
                </script>
                </body></html>
                """.formatted(Html.escape(contextId), Html.escape(iframeSrc), jsString(toolOrigin));
    }

    /** A JavaScript string literal that cannot end the script element. */
    private static String jsString(String value) {
        StringBuilder literal = new StringBuilder("'");
        for (char c : value.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == ':' || c == '/' || c == '.' || c == '-') {
                literal.append(c);
            } else {
                literal.append(String.format("\\u%04x", (int) c));
            }
        }
        return literal.append('\'').toString();
    }
}
