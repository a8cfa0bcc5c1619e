package io.proficio.domain.casepkg;

import jakarta.json.JsonObject;

/**
 * A CASE LinkGenURI: the origin or destination of an association (CASE 1.0 §4.3.6).
 *
 * @param identifier the node's CASE identifier, never null
 * @param uri        the node's URI, may be null
 * @param title      the node's title, may be null
 */
public record NodeRef(String identifier, String uri, String title) {

    static NodeRef parse(JsonObject link) {
        return new NodeRef(Json.text(link, "identifier"), Json.text(link, "uri"), Json.text(link, "title"));
    }
}
