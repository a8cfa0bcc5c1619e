package io.proficio.domain.casepkg;

import jakarta.json.JsonObject;

/**
 * A CFDocument (CASE 1.0 §4.3.2): the framework itself. {@code json} is the document exactly as
 * received, so that an export gives back every property, including those Proficio does not read.
 *
 * @param identifier the CASE identifier, never null
 * @param title      never null
 * @param version    may be null
 * @param json       the whole CFDocument object, never null
 */
public record CaseDocument(String identifier, String title, String uri, String creator, String version,
                           JsonObject json) {
}
