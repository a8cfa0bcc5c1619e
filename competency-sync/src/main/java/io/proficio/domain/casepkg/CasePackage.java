package io.proficio.domain.casepkg;

import static io.proficio.domain.Jsonp.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * A CFPackage (CASE 1.0 §4.3.1): one document, its items and associations, and the definitions
 * and rubrics carried along unread. Built only by {@link CasePackageParser}, which has checked it.
 *
 * @param definitions the CFDefinitions object as received, or an empty object
 * @param rubrics     the CFRubrics array as received, or an empty array
 */
public record CasePackage(CaseDocument document, List<CaseItem> items, List<CaseAssociation> associations,
                          JsonObject definitions, JsonArray rubrics) {

    public CasePackage {
        items = List.copyOf(items);
        associations = List.copyOf(associations);
    }

    /** The package as CASE JSON, every stored property given back. */
    public JsonObject toJSONObject() {
        JsonArrayBuilder itemArray = JSON.createArrayBuilder();
        items.forEach(item -> itemArray.add(item.json()));
        JsonArrayBuilder associationArray = JSON.createArrayBuilder();
        associations.forEach(association -> associationArray.add(association.json()));
        return JSON.createObjectBuilder()
                .add("CFDocument", document.json())
                .add("CFItems", itemArray)
                .add("CFAssociations", associationArray)
                .add("CFDefinitions", definitions)
                .add("CFRubrics", rubrics)
                .build();
    }

    /** The {@code isChildOf} hierarchy of this package. */
    public Hierarchy hierarchy() {
        return Hierarchy.of(document.identifier(), items.stream().map(CaseItem::identifier).toList(), associations);
    }
}
