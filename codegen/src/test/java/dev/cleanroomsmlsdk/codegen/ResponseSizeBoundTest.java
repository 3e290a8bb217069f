package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.StructureShape;

/**
 * ResponseSizeBound on fixtures/response-sizes.smithy. Every expected figure is worked out by hand in the comment next
 * to it: quoted member names, a colon, the value, braces and commas, with the rules of ResponseSizeBound's doc.
 */
class ResponseSizeBoundTest {

    private static final Model MODEL = Fixtures.model("response-sizes.smithy");
    private static final String NS = "example.sizes#";

    private static ResponseSizeBound.Bound body(String structure) {
        return ResponseSizeBound.ofBody(MODEL, MODEL.expectShape(ShapeId.from(NS + structure), StructureShape.class), false);
    }

    @ParameterizedTest(name = "{0}: {1} bytes")
    @CsvSource(delimiter = '|', textBlock = """
        # {"ascii":"0123456789"}: 2 braces + 7 + 1 + 12
        OneAscii          | 22
        # '/' may be written \\/: 2 bytes a character -> 2 + 6 + 1 + (2 + 20)
        OnePath           | 31
        # '<' may be written \\u003c: 6 bytes a character -> 2 + 6 + 1 + (2 + 60)
        OneHtml           | 71
        # non-ASCII characters may be written \\uXXXX: 6 -> 2 + 8 + 1 + 62
        OneLatin1         | 73
        # the lookahead (?!\\s*$) consumes nothing: only [a-z ] counts, 1 byte -> 2 + 10 + 1 + 12
        OneNotBlank       | 25
        # '.' is any character: 12 bytes (a surrogate pair escaped) -> 2 + 8 + 1 + 122
        OneDotted         | 133
        # an unanchored pattern restricts nothing -> 2 + 12 + 1 + 122
        OneUnanchored     | 137
        # surrogate code units in a class admit characters outside the BMP -> 2 + 3 + 1 + 122
        OneWithSurrogates | 128
        # no @length max: 8192 characters assumed, any character -> 2 + 7 + 1 + (2 + 98304)
        OnePlainString    | 98316
        # the member's @length(max: 3) overrides the target's 10 -> 2 + 7 + 1 + 5
        MemberLengthWins  | 15
        # @jsonName "R" -> 2 + 3 + 1 + 12
        Renamed           | 18
        # longest enum value "green-ish" -> 2 + 7 + 1 + 11
        OneColor          | 21
        # date-time 35 + 2 quotes, http-date 39 + 2, epoch-seconds 24 -> 2 + (4+1+37) + (4+1+41) + (7+1+24) + 2 commas
        Times             | 124
        # true/false 5, byte 4, int 11, long 20, double 24 -> 2 + (6+1+5) + (3+1+4) + (3+1+11) + (3+1+20) + (3+1+24) + 4
        Numbers           | 93
        # 4 bytes -> 8 base64 characters, each up to 2 ('/') -> 2 + 6 + 1 + (2 + 16)
        OneData           | 27
        # 3 entries of 12, 2 commas, brackets -> 2 + 7 + 1 + (2 + 36 + 2)
        OneNames          | 50
        # sparse: an entry may be null, longer than "a" -> 2 + 8 + 1 + (2 + 2 * 4 + 1)
        OneSparse         | 22
        # 2 entries of key 12, colon, value 12, 1 comma -> 2 + 6 + 1 + (2 + 2 * 25 + 1)
        OneTags           | 62
        # no @length max: 1000 entries assumed -> 2 + 7 + 1 + (2 + 1000 * 3 + 999)
        OneUnbounded      | 4011
        # one member set, the larger: {"b":<22>} -> 2 + 8 + 1 + (2 + 3 + 1 + 22)
        OneChoice         | 39
        # Tree met again: 65536 bytes assumed -> 2 + 6 + 1 + (2 + (7+1+3) + (7+1+65536) + 1)
        OneTree           | 65567
        # a document: 65536 bytes assumed -> 2 + 5 + 1 + 65536
        OneDocument       | 65544
        # {"inner":{"ascii":<12>}} -> 2 + 7 + 1 + 22
        Nested            | 32
        Empty             | 2
        """)
    void eachRuleGivesTheLargestJson(String structure, long bytes) {
        assertEquals(bytes, body(structure).bytes());
    }

    @Test
    void whatTheModelLeavesUnboundedIsNamedWithTheAssumption() {
        assertEquals(List.of("plain (string without `@length` max: 8192 characters assumed)"), body("OnePlainString").assumptions());
        assertEquals(List.of("items (list without `@length` max: 1000 entries assumed)"), body("OneUnbounded").assumptions());
        assertEquals(List.of("tree.child (recursive reference to Tree: 65536 bytes assumed)"), body("OneTree").assumptions());
        assertEquals(List.of("doc (document: 65536 bytes assumed)"), body("OneDocument").assumptions());
        assertEquals(List.of(), body("OneAscii").assumptions());
    }

    @Test
    void anOperationBoundsItsOutputAndEveryErrorWithoutHeadersOrStatus() {
        ServiceShape service = MODEL.expectShape(ShapeId.from(NS + "SizesService"), ServiceShape.class);
        Map<String, Long> sizes = bounds(service, "GetSizes");
        assertEquals(Map.of(
            // count (a header) and code (the status) are not in the body: {"ascii":<12>}
            "GetSizesOutput", 22L,
            // {"message":<98306>,"__type":"example.sizes#BigFault"}: 2 + (9+1+98306) + (8+1+24) + 1
            "BigFault", 98352L,
            // the service's error too: 2 + (9+1+12) + (8+1+28) + 1
            "ServiceFault", 62L), sizes);
        List<ResponseSizeBound.Bound> all = ResponseSizeBound.ofOperation(MODEL, service, operation("GetSizes"));
        assertEquals(ShapeId.from(NS + "BigFault"), ResponseSizeBound.largest(all).shape());
        assertEquals(List.of("message (string without `@length` max: 8192 characters assumed)"), ResponseSizeBound.largest(all).assumptions());
    }

    @Test
    void anHttpPayloadMemberIsTheWholeBody() {
        ServiceShape service = MODEL.expectShape(ShapeId.from(NS + "SizesService"), ServiceShape.class);
        // The payload OneAscii is the body; the header is not: {"ascii":<12>}
        assertEquals(22L, bounds(service, "GetPayload").get("GetPayloadOutput"));
    }

    @ParameterizedTest(name = "bound {0} -> limit {1}")
    @CsvSource({
        // the floor: never below 1 MiB
        "0, 1048576",
        "524288, 1048576",
        // twice the bound, rounded up to a multiple of 64 KiB
        "524289, 1114112",
        "1156391, 2359296",
    })
    void theDefaultLimitIsTwiceTheBoundRoundedUpWithAFloor(long bound, long limit) {
        assertEquals(limit, ResponseSizeBound.defaultLimit(bound));
    }

    @ParameterizedTest(name = "{0}: {1} bytes a character")
    @CsvSource(delimiter = '|', textBlock = """
        ^[a-zA-Z0-9_.:-]+$                   | 1
        ^[a-z/]+$                            | 2
        ^[a-z"]+$                            | 2
        ^[a-z\\\\]+$                          | 2
        ^[a-z&]+$                            | 6
        ^[a-z']+$                            | 6
        ^[\\t]+$                              | 6
        ^[\\u007F]+$                          | 6
        ^[\\u00e9]+$                          | 6
        ^[\\u0020-\\uD7FF\\uD800-\\uDFFF]*$    | 12
        ^.+$                                 | 12
        """)
    void aCharacterCostsItsWorstEscaping(String pattern, int bytes) {
        assertEquals(bytes, ResponseSizeBound.worstCharBytes(PatternCharacters.allowedBy(pattern)));
    }

    @Test
    void knownTextCountsEachCharacterAtItsWorst() {
        // quotes + a, \/, b
        assertEquals(6, ResponseSizeBound.textBytes("a/b"));
        // quotes + \u00e9
        assertEquals(8, ResponseSizeBound.textBytes("é"));
        // quotes + \ud83d\ude00
        assertEquals(14, ResponseSizeBound.textBytes("\uD83D\uDE00"));
    }

    private static Map<String, Long> bounds(ServiceShape service, String operation) {
        return ResponseSizeBound.ofOperation(MODEL, service, operation(operation)).stream()
            .collect(Collectors.toMap(b -> b.shape().getName(), ResponseSizeBound.Bound::bytes, (a, b) -> a, TreeMap::new));
    }

    private static OperationShape operation(String name) {
        return MODEL.expectShape(ShapeId.from(NS + name), OperationShape.class);
    }

    @Test
    void patternsAreReadConservatively() {
        assertFalse(PatternCharacters.allowedBy("^[a-z0-9]+$").isAny());
        assertTrue(PatternCharacters.allowedBy("[a-z]+").isAny(), "unanchored");
        assertTrue(PatternCharacters.allowedBy("^a|b$").isAny(), "top-level alternation");
        assertFalse(PatternCharacters.allowedBy("^(a|b)$").isAny(), "alternation inside a group");
        assertTrue(PatternCharacters.allowedBy("^abc\\$").isAny(), "an escaped $ is no anchor");
        assertTrue(PatternCharacters.allowedBy("^[^a]$").isAny(), "negated class");
        assertTrue(PatternCharacters.allowedBy("^\\S+$").isAny());
        assertTrue(PatternCharacters.allowedBy("^(a)\\1$").isAny(), "back-reference");
        assertTrue(PatternCharacters.allowedBy("^[a-z$").isAny(), "unclosed class");
        assertEquals("[[48, 57]]", ranges("^\\d{12}$"));
        assertEquals("[[65, 65], [66, 66], [9, 9]]", ranges("^\\u0041\\x42\\t$"));
        assertEquals("[[97, 122], [32, 32]]", ranges("^(?!\\s*$)[a-z ]*$"));
        assertEquals("[[48, 57], [65, 90], [95, 95], [97, 122], [46, 46], [45, 45]]", ranges("^[\\w.-]+$"));
        assertEquals("[[123, 123], [97, 97]]", ranges("^{a$"));
    }

    private static String ranges(String pattern) {
        return PatternCharacters.allowedBy(pattern).ranges().stream()
            .map(r -> "[" + r[0] + ", " + r[1] + "]").collect(Collectors.joining(", ", "[", "]"));
    }
}
