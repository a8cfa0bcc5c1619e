package io.proficio.domain.casepkg;

import jakarta.json.JsonObject;

/**
 * A CFItem (CASE 1.0 §4.3.3): one competency, skill or other statement of the framework.
 * {@code json} is the item exactly as received.
 *
 * @param identifier         the CASE identifier, never null
 * @param fullStatement      never null
 * @param humanCodingScheme  the human-readable code (e.g. "UW.RISK.1"), may be null
 * @param itemType           the CFItemType title, may be null
 * @param listEnumeration    the item's place in a list as the publisher numbers it, may be null
 */
public record CaseItem(String identifier, String uri, String fullStatement, String abbreviatedStatement,
                       String humanCodingScheme, String itemType, String listEnumeration, JsonObject json) {
}
