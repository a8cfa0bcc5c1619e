package io.proficio.domain.casepkg;

import io.proficio.domain.error.ErrorCode;
import io.proficio.domain.error.ProficioException;
import io.proficio.domain.error.Violations;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a CASE 1.0 CFPackage (JSON binding, CASE 1.0 §4.3.1) and checks what an import needs:
 * a CFDocument with an identifier and title; items with unique identifiers and a fullStatement;
 * associations whose origin is an item of the package, whose {@code isChildOf} destination is the
 * document or one of its items, and whose {@code isChildOf} edges form no cycle. Other association
 * types may point outside the package (an {@code exactMatchOf} to another framework's item).
 *
 * <p>The checks run in three stages (shape, references, cycles); every problem of the first stage
 * that finds any is reported at once, each with a JSON Pointer into the package.
 */
public final class CasePackageParser {

    private CasePackageParser() {
    }

    /**
     * @param json the package text, never null
     * @throws ProficioException {@link ErrorCode#MALFORMED_JSON} when it is not a JSON object, or the
     *                           codes of the violations found when it is not a valid package
     */
    public static CasePackage parse(String json) {
        return parse(readObject(json));
    }

    public static CasePackage parse(JsonObject root) {
        Violations violations = new Violations();
        CaseDocument document = document(root, violations);
        List<CaseItem> items = items(root, violations);
        List<CaseAssociation> associations = associations(root, violations);
        violations.throwIfAny("The CASE package is not valid");

        checkReferences(document, items, associations, violations);
        violations.throwIfAny("The CASE package has references that lead nowhere");

        CasePackage casePackage = new CasePackage(document, items, associations, definitions(root), rubrics(root));
        casePackage.hierarchy().findCycle().ifPresent(cycle -> violations.add(ErrorCode.HIERARCHY_CYCLE,
                "/CFAssociations", "isChildOf associations form a cycle: " + String.join(" -> ", cycle)));
        violations.throwIfAny("The CASE package's hierarchy has a cycle");
        return casePackage;
    }

    static JsonObject readObject(String json) {
        try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(json))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new ProficioException(ErrorCode.MALFORMED_JSON, "The body must be a JSON object.");
            }
            JsonObject object = parser.getObject();
            // JsonReader would stop after the first value and drop the rest silently.
            if (parser.hasNext()) {
                throw new ProficioException(ErrorCode.MALFORMED_JSON, "The body has content after its JSON object.");
            }
            return object;
        } catch (JsonParsingException e) {
            throw new ProficioException(ErrorCode.MALFORMED_JSON, "The body is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new ProficioException(ErrorCode.MALFORMED_JSON, "The body is not valid JSON.");
        }
    }

    private static CaseDocument document(JsonObject root, Violations violations) {
        JsonObject doc = Json.object(root, "CFDocument");
        if (doc == null) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, "/CFDocument", "CFDocument is missing or not an object.");
            return null;
        }
        String identifier = Json.text(doc, "identifier");
        String title = Json.text(doc, "title");
        if (identifier == null) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, "/CFDocument/identifier", "CFDocument has no identifier.");
        }
        if (title == null) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, "/CFDocument/title", "CFDocument has no title.");
        }
        return new CaseDocument(identifier, title, Json.text(doc, "uri"), Json.text(doc, "creator"),
                Json.text(doc, "version"), doc);
    }

    private static List<CaseItem> items(JsonObject root, Violations violations) {
        List<CaseItem> items = new ArrayList<>();
        List<JsonObject> objects = objects(root, "CFItems", violations);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonObject item = objects.get(i);
            String pointer = "/CFItems/" + i;
            String identifier = Json.text(item, "identifier");
            String statement = Json.text(item, "fullStatement");
            checkIdentifier("CFItem", i, identifier, seen, pointer, violations);
            if (statement == null) {
                violations.add(ErrorCode.INVALID_CASE_PACKAGE, pointer + "/fullStatement",
                        "CFItem " + (identifier == null ? String.valueOf(i) : identifier) + " has no fullStatement.");
            }
            items.add(new CaseItem(identifier, Json.text(item, "uri"), statement, Json.text(item, "abbreviatedStatement"),
                    Json.text(item, "humanCodingScheme"), itemType(item), Json.text(item, "listEnumeration"), item));
        }
        return items;
    }

    /** CASE allows the type as a plain title ({@code CFItemType}) or a link ({@code CFItemTypeURI}). */
    private static String itemType(JsonObject item) {
        String type = Json.text(item, "CFItemType");
        JsonObject link = Json.object(item, "CFItemTypeURI");
        return type != null || link == null ? type : Json.text(link, "title");
    }

    private static List<CaseAssociation> associations(JsonObject root, Violations violations) {
        List<CaseAssociation> associations = new ArrayList<>();
        List<JsonObject> objects = objects(root, "CFAssociations", violations);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonObject association = objects.get(i);
            String pointer = "/CFAssociations/" + i;
            String identifier = Json.text(association, "identifier");
            String type = Json.text(association, "associationType");
            checkIdentifier("CFAssociation", i, identifier, seen, pointer, violations);
            if (type == null) {
                violations.add(ErrorCode.INVALID_CASE_PACKAGE, pointer + "/associationType",
                        "CFAssociation " + identifier + " has no associationType.");
            }
            NodeRef origin = nodeRef(association, "originNodeURI", pointer, identifier, violations);
            NodeRef destination = nodeRef(association, "destinationNodeURI", pointer, identifier, violations);
            associations.add(new CaseAssociation(identifier, type, Json.integer(association, "sequenceNumber"),
                    origin, destination, association));
        }
        return associations;
    }

    /** An identifier must be present, and unique among the package's objects of its kind. */
    private static void checkIdentifier(String kind, int index, String identifier, Set<String> seen, String pointer,
                                        Violations violations) {
        if (identifier == null) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, pointer + "/identifier", kind + " " + index + " has no identifier.");
        } else if (!seen.add(identifier)) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, pointer + "/identifier",
                    kind + " identifier " + identifier + " appears more than once.");
        }
    }

    private static NodeRef nodeRef(JsonObject association, String name, String pointer, String identifier,
                                   Violations violations) {
        JsonObject link = Json.object(association, name);
        if (link == null || Json.text(link, "identifier") == null) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, pointer + "/" + name,
                    "CFAssociation " + identifier + " has no " + name + " with an identifier.");
            return null;
        }
        return NodeRef.parse(link);
    }

    private static void checkReferences(CaseDocument document, List<CaseItem> items,
                                        List<CaseAssociation> associations, Violations violations) {
        Set<String> itemIds = new HashSet<>();
        items.forEach(item -> itemIds.add(item.identifier()));
        for (int i = 0; i < associations.size(); i++) {
            CaseAssociation association = associations.get(i);
            String pointer = "/CFAssociations/" + i;
            String origin = association.origin().identifier();
            if (!itemIds.contains(origin)) {
                violations.add(ErrorCode.DANGLING_REFERENCE, pointer + "/originNodeURI/identifier",
                        "CFAssociation " + association.identifier() + " starts at " + origin
                                + ", which is not an item of this package.");
            }
            String destination = association.destination().identifier();
            if (association.isChildOf() && !itemIds.contains(destination) && !destination.equals(document.identifier())) {
                violations.add(ErrorCode.DANGLING_REFERENCE, pointer + "/destinationNodeURI/identifier",
                        "isChildOf association " + association.identifier() + " points to " + destination
                                + ", which is neither the CFDocument nor an item of this package.");
            }
        }
    }

    private static List<JsonObject> objects(JsonObject root, String name, Violations violations) {
        JsonValue value = root.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            violations.add(ErrorCode.INVALID_CASE_PACKAGE, "/" + name, name + " must be an array.");
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                violations.add(ErrorCode.INVALID_CASE_PACKAGE, "/" + name + "/" + i, name + " entries must be objects.");
            }
        }
        return objects;
    }

    private static JsonObject definitions(JsonObject root) {
        JsonObject definitions = Json.object(root, "CFDefinitions");
        return definitions == null ? JsonValue.EMPTY_JSON_OBJECT : definitions;
    }

    private static JsonArray rubrics(JsonObject root) {
        return root.get("CFRubrics") instanceof JsonArray rubrics ? rubrics : JsonValue.EMPTY_JSON_ARRAY;
    }
}
