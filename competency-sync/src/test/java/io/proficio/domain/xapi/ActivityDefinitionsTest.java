package io.proficio.domain.xapi;

import static io.proficio.domain.Jsonp.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ActivityDefinitionsTest {

    @Test
    void languageMapsAndExtensionsMergeByKeyTheNewestWinning() {
        JsonObject merged = ActivityDefinitions.merge(
                json("{\"name\":{\"en-US\":\"Quiz\",\"de\":\"Test\"},\"description\":{\"en-US\":\"Old\"},\"extensions\":{\"http://x/a\":1}}"),
                json("{\"name\":{\"en-US\":\"The quiz\"},\"description\":{\"fr\":\"Un quiz\"},\"extensions\":{\"http://x/b\":2}}"));
        assertEquals(json("{\"name\":{\"en-US\":\"The quiz\",\"de\":\"Test\"},\"description\":{\"en-US\":\"Old\",\"fr\":\"Un quiz\"},"
                + "\"extensions\":{\"http://x/a\":1,\"http://x/b\":2}}"), merged);
    }

    @Test
    void otherPropertiesAreReplacedWhole() {
        JsonObject merged = ActivityDefinitions.merge(
                json("{\"type\":\"http://a/quiz\",\"interactionType\":\"choice\",\"choices\":[{\"id\":\"a\"},{\"id\":\"b\"}]}"),
                json("{\"type\":\"http://a/assessment\",\"choices\":[{\"id\":\"c\"}]}"));
        assertEquals(json("{\"type\":\"http://a/assessment\",\"interactionType\":\"choice\",\"choices\":[{\"id\":\"c\"}]}"), merged);
    }

    private static JsonObject json(String text) {
        return JSON.createReader(new StringReader(text)).readObject();
    }
}
