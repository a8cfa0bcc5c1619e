package io.proficio.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The Jakarta JSON Processing provider, looked up once for the whole application. Every static of
 * {@code jakarta.json.Json} looks the provider up again through a {@code ServiceLoader}, which in an
 * application server scans the class path: on the statement path that cost more than parsing and
 * writing the JSON itself (a fifth of all CPU while mapping statements to evidence). Use
 * {@link #JSON} wherever {@code Json.create…} would be written.
 */
public final class Jsonp {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsonp() {
    }
}
