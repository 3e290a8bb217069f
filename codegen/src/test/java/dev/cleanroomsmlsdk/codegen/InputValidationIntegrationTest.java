package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;

/**
 * InputValidationIntegration on fixtures/constraints.smithy: the constraint tables it writes into
 * src/validation/inputConstraints.ts, read back as data, one test per branch of the generator, and the wiring around
 * them (copied runtime, exports, command plugin, client option, protocol-test opt-out).
 */
class InputValidationIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";
    private static final String TABLES = "src/validation/inputConstraints.ts";

    /** The table the generated file assigns to {@code <operation>InputConstraints}, parsed from its JSON literal. */
    private static ObjectNode table(String operation) {
        String source = Fixtures.file(FIXTURE, TABLES);
        Matcher m = Pattern.compile("export const " + operation
            + "InputConstraints: OperationInputConstraints = (\\{.*?\\n\\});\\n", Pattern.DOTALL).matcher(source);
        assertTrue(m.find(), "no table for " + operation + " in\n" + source);
        return Node.parse(m.group(1)).expectObjectNode();
    }

    private static ObjectNode member(String name) {
        return table("PutThings").expectObjectMember("members").expectObjectMember(name);
    }

    private static void assertJson(String expected, Node actual) {
        assertEquals(Node.parse(expected), actual, () -> Node.prettyPrintJson(actual));
    }

    @Test
    void tableNamesTheOperationAndItsInputShape() {
        ObjectNode table = table("PutThings");
        assertEquals("PutThings", table.expectStringMember("operation").getValue());
        assertEquals("example.constraints#PutThingsInput", table.expectStringMember("shape").getValue());
        assertEquals("structure", table.expectStringMember("type").getValue());
    }

    @Test
    void anInputWithNothingToCheckHasNoMembers() {
        assertJson("""
            {"operation": "GetNothing", "shape": "example.constraints#GetNothingInput", "type": "structure"}""",
            table("GetNothing"));
    }

    @Test
    void everyOperationIsInTheMapByName() {
        String source = Fixtures.file(FIXTURE, TABLES);
        assertTrue(source.contains("export const InputConstraintsByOperation: { readonly [operation: string]: "
            + "OperationInputConstraints } = {\n  GetBlob: GetBlobInputConstraints,\n"
            + "  GetNothing: GetNothingInputConstraints,\n  PutThings: PutThingsInputConstraints,\n};"), source);
    }

    @Test
    void httpLabelIsRequiredLabelAndLength() {
        assertJson("""
            {"shape": "smithy.api#String", "type": "string", "required": true, "httpLabel": true,
             "length": {"min": 1}}""", member("id"));
    }

    @Test
    void stringLengthIsTypedStringSoTheCheckerCountsCharacters() {
        assertJson("""
            {"shape": "example.constraints#Name", "type": "string", "length": {"min": 2, "max": 3}}""", member("name"));
    }

    @Test
    void blobLengthIsTypedBlobSoTheCheckerCountsBytes() {
        assertJson("""
            {"shape": "example.constraints#Payload", "type": "blob", "length": {"max": 4}}""", member("payload"));
    }

    @Test
    void aMemberLevelLengthAppliesToAnUnconstrainedTarget() {
        assertJson("""
            {"shape": "smithy.api#String", "type": "string", "length": {"max": 5}}""", member("note"));
    }

    @Test
    void integerRangesStayIntegers() {
        assertJson("""
            {"shape": "smithy.api#Integer", "type": "integer", "range": {"min": 1, "max": 10}}""", member("count"));
    }

    @Test
    void decimalRangesAreNumbersAndOneSidedRangesHaveOneBound() {
        assertJson("""
            {"shape": "smithy.api#Float", "type": "float", "range": {"min": 0.5}}""", member("ratio"));
    }

    @Test
    void theLargestSafeIntegerIsExact() {
        assertJson("""
            {"shape": "smithy.api#Long", "type": "long", "range": {"max": 9007199254740991}}""", member("big"));
    }

    @Test
    void aRangeBoundPastTheSafeIntegersFailsGeneration() {
        CodegenException e = assertThrows(CodegenException.class,
            () -> InputConstraintTables.number(new BigDecimal("9007199254740992")));
        assertTrue(e.getMessage().contains("not a safe JavaScript integer"), e.getMessage());
        assertEquals(Node.from(-9007199254740991L), InputConstraintTables.number(new BigDecimal("-9007199254740991.000")));
    }

    @Test
    void enumValuesAreTheWireValuesInModelOrder() {
        assertJson("""
            {"shape": "example.constraints#Color", "type": "enum", "enum": ["red", "GREEN"]}""", member("color"));
    }

    @Test
    void intEnumValuesAreNumbers() {
        assertJson("""
            {"shape": "example.constraints#Level", "type": "intEnum", "enum": [1, 3]}""", member("level"));
    }

    @Test
    void aSmithyOneEnumTraitOnAStringListsItsValues() {
        assertJson("""
            {"shape": "example.constraints#LegacyColor", "type": "string", "enum": ["cyan", "magenta"]}""",
            member("legacy"));
    }

    @Test
    void patternIsTheModelsSourceText() {
        assertJson("""
            {"shape": "smithy.api#String", "type": "string", "pattern": "^[A-Z]+$"}""", member("code"));
    }

    @Test
    void mapsDescribeTheirKeyAndValue() {
        assertJson("""
            {"shape": "example.constraints#Tags", "type": "map", "length": {"max": 2},
             "key": {"shape": "smithy.api#String", "type": "string", "length": {"min": 1}},
             "value": {"shape": "smithy.api#String", "type": "string", "pattern": "^v[a-z]*$"}}""", member("tags"));
    }

    @Test
    void listsDescribeTheirMemberAndNestedStructuresTheirMembers() {
        assertJson("""
            {"shape": "example.constraints#Items", "type": "list", "length": {"min": 1},
             "member": {"shape": "example.constraints#Item", "type": "structure", "members": {
               "sku": {"shape": "smithy.api#String", "type": "string", "required": true},
               "quantity": {"shape": "example.constraints#Quantity", "type": "integer", "range": {"min": 0}}}}}""",
            member("items"));
    }

    @Test
    void unionsListOnlyTheirConstrainedMembers() {
        assertJson("""
            {"shape": "example.constraints#Choice", "type": "union", "members": {
               "byName": {"shape": "example.constraints#Name", "type": "string", "length": {"min": 2, "max": 3}},
               "byCount": {"shape": "example.constraints#Quantity", "type": "integer", "range": {"min": 0}}}}""",
            member("choice"));
    }

    @Test
    void aShapeMetAgainOnItsOwnPathIsMarkedRecursiveNotExpanded() {
        assertJson("""
            {"shape": "example.constraints#Forest", "type": "list", "length": {"max": 5},
             "member": {"shape": "example.constraints#TreeNode", "type": "structure", "members": {
               "label": {"shape": "smithy.api#String", "type": "string", "required": true},
               "children": {"shape": "example.constraints#Forest", "type": "list", "length": {"max": 10},
                            "recursive": true}}}}""",
            member("forest"));
    }

    @Test
    void requiredIsDroppedForClientOptionalAndDefaultedMembers() {
        ObjectNode members = table("PutThings").expectObjectMember("members");
        assertFalse(members.containsMember("optionalAfterAll"), members::toString);
        assertFalse(members.containsMember("defaulted"), members::toString);
    }

    @Test
    void membersWithNothingToCheckAreLeftOut() {
        ObjectNode members = table("PutThings").expectObjectMember("members");
        assertFalse(members.containsMember("plain"), members::toString);
        assertFalse(members.containsMember("plainList"), members::toString);
        assertEquals(List.of("id", "name", "payload", "note", "count", "ratio", "big", "color", "level", "legacy",
            "code", "tags", "items", "choice", "forest"), members.getMembers().keySet().stream()
            .map(k -> k.getValue()).toList(), "model order");
    }

    @Test
    void theTablesImportTheirTypeFromTheCopiedChecker() {
        assertTrue(Fixtures.file(FIXTURE, TABLES).startsWith(
            Fixtures.HEADER + "import type { OperationInputConstraints } from \"./checkInput\";\n"));
    }

    @Test
    void everyCommandAppliesThePluginWithItsOwnTable() {
        for (String op : List.of("PutThings", "GetNothing", "GetBlob")) {
            String command = Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts").replaceAll("\\s+", " ");
            assertTrue(command.contains("getInputValidationPlugin(config, { constraints: " + op + "InputConstraints, })"),
                command);
            assertTrue(command.contains("from \"../validation/inputConstraints\""), command);
        }
    }

    @Test
    void theClientResolvesTheInputValidationOption() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        assertTrue(client.contains("resolveInputValidationConfig("), client);
        assertTrue(client.contains("InputValidationInputConfig"), client);
    }

    @Test
    void theIndexExportsTheRuntimeAndTheTablesButNotThePlugin() {
        assertEquals(Fixtures.HEADER + """
            export * from "./InputValidationError";
            export * from "./checkInput";
            export * from "./inputConstraints";
            export type { InputValidationInputConfig, InputValidationOption } from "./inputValidationConfig";
            """, Fixtures.file(FIXTURE, "src/validation/index.ts"));
        assertTrue(Fixtures.file(FIXTURE, "src/index.ts").contains("export * from \"./validation\";\n"));
    }

    @Test
    void protocolTestClientsTurnValidationOff() {
        String suite = Fixtures.file(FIXTURE, "test/functional/restjson1.spec.ts");
        assertTrue(suite.contains("GetNothingSendsAGet"), "the fixture's protocol test is generated");
        assertTrue(suite.stripTrailing().endsWith("Object.assign(clientParams, { inputValidation: false });"), suite);
    }
}
