package io.proficio.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what a test needs out of the tool's HTML pages: an attribute's value, entity-decoded. */
final class Forms {

    private Forms() {
    }

    /** The value of the first {@code <name>="…"} in {@code html}; {@code name} may include what precedes it. */
    static String attribute(String html, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return m.group(1).replace("&#039;", "'").replace("&#034;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
