package io.proficio.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatsTest {

    static Stream<Arguments> cases() {
        Predicate<String> uuid = Formats::isUuid;
        Predicate<String> iri = Formats::isAbsoluteIri;
        Predicate<String> uri = Formats::isAbsoluteUri;
        Predicate<String> mailto = Formats::isMailtoIri;
        Predicate<String> sha1 = Formats::isSha1Hex;
        Predicate<String> duration = Formats::isDuration;
        Predicate<String> timestamp = Formats::isTimestampWithZone;
        Predicate<String> lang = Formats::isLanguageTag;
        return Stream.of(
                Arguments.of("uuid lowercase", uuid, "e05aa883-acaf-40ad-bf54-02c8ce485fb0", true),
                Arguments.of("uuid uppercase, non-RFC variant", uuid, "FD41C918-B88B-4B20-00A5-A4C32391AAA0", true),
                Arguments.of("uuid without dashes", uuid, "e05aa883acaf40adbf5402c8ce485fb0", false),
                Arguments.of("uuid with braces", uuid, "{e05aa883-acaf-40ad-bf54-02c8ce485fb0}", false),
                Arguments.of("iri http", iri, "http://adlnet.gov/expapi/verbs/created", true),
                Arguments.of("iri urn", iri, "urn:uuid:e05aa883-acaf-40ad-bf54-02c8ce485fb0", true),
                Arguments.of("iri non-ASCII", iri, "http://例え.jp/活動", true),
                Arguments.of("iri without scheme", iri, "example.com/activity", false),
                Arguments.of("iri with space", iri, "http://example.com/an activity", false),
                Arguments.of("iri with broken percent escape", iri, "http://example.com/%zz", false),
                Arguments.of("iri empty", iri, "", false),
                Arguments.of("iri scheme only", iri, "http:", false),
                Arguments.of("uri rejects non-ASCII", uri, "http://例え.jp/", false),
                Arguments.of("mailto", mailto, "mailto:xapi@adlnet.gov", true),
                Arguments.of("mailto missing scheme", mailto, "xapi@adlnet.gov", false),
                Arguments.of("mailto without at", mailto, "mailto:xapi", false),
                Arguments.of("sha1 40 hex", sha1, "ebd31e95054c018b10727ccffd2ef2ec3a016ee9", true),
                Arguments.of("sha1 39 hex", sha1, "ebd31e95054c018b10727ccffd2ef2ec3a016ee", false),
                Arguments.of("sha1 non-hex", sha1, "gbd31e95054c018b10727ccffd2ef2ec3a016ee9", false),
                Arguments.of("duration hms", duration, "PT1H0M0S", true),
                Arguments.of("duration fractional seconds", duration, "PT4.25S", true),
                Arguments.of("duration days", duration, "P3DT12H", true),
                Arguments.of("duration weeks", duration, "P2W", true),
                Arguments.of("duration P alone", duration, "P", false),
                Arguments.of("duration PT alone", duration, "PT", false),
                Arguments.of("duration trailing T", duration, "P1DT", false),
                Arguments.of("duration lowercase", duration, "pt1h", false),
                Arguments.of("duration words", duration, "1 hour", false),
                Arguments.of("timestamp Z", timestamp, "2013-05-18T05:32:34Z", true),
                Arguments.of("timestamp offset and millis", timestamp, "2013-05-18T05:32:34.804+02:00", true),
                Arguments.of("timestamp basic offset", timestamp, "2013-05-18T05:32:34-0500", true),
                Arguments.of("timestamp no zone", timestamp, "2013-05-18T05:32:34.804", false),
                Arguments.of("timestamp negative zero hours", timestamp, "2013-05-18T05:32:34-00", false),
                Arguments.of("timestamp negative zero basic", timestamp, "2013-05-18T05:32:34-0000", false),
                Arguments.of("timestamp negative zero extended", timestamp, "2013-05-18T05:32:34.804-00:00", false),
                Arguments.of("timestamp positive zero", timestamp, "2013-05-18T05:32:34+00:00", true),
                Arguments.of("timestamp negative half hour", timestamp, "2013-05-18T05:32:34-00:30", true),
                Arguments.of("timestamp date only", timestamp, "2013-05-18", false),
                Arguments.of("timestamp Feb 30", timestamp, "2013-02-30T05:32:34Z", false),
                Arguments.of("timestamp hour 25", timestamp, "2013-05-18T25:32:34Z", false),
                Arguments.of("timestamp no seconds", timestamp, "2013-05-18T05:32Z", false),
                Arguments.of("lang en-US", lang, "en-US", true),
                Arguments.of("lang script and region", lang, "zh-Hant-TW", true),
                Arguments.of("lang numeric region", lang, "es-419", true),
                Arguments.of("lang private use", lang, "x-whatever", true),
                Arguments.of("lang grandfathered", lang, "i-klingon", true),
                Arguments.of("lang underscore", lang, "en_US", false),
                Arguments.of("lang empty subtag", lang, "en--US", false),
                Arguments.of("lang one-letter primary", lang, "e-US", false),
                Arguments.of("lang empty", lang, "", false));
    }

    @ParameterizedTest(name = "{0}: ''{2}'' -> {3}")
    @MethodSource("cases")
    void classifiesFormat(String name, Predicate<String> check, String input, boolean expected) {
        assertEquals(expected, check.test(input));
    }
}
