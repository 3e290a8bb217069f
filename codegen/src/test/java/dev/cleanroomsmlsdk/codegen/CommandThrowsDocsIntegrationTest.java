package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import software.amazon.smithy.codegen.core.CodegenException;

/** CommandThrowsDocsIntegration on fixtures/constraints.smithy, whose GetBlob streams its output. */
class CommandThrowsDocsIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";

    /** The @throws lines of a generated command's doc comment, in order. */
    private static String throwsLines(String op) {
        StringBuilder lines = new StringBuilder();
        for (String line : Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts").split("\n")) {
            if (line.startsWith(" * @throws ")) {
                lines.append(line.substring(" * @throws ".length())).append("\n");
            }
        }
        return lines.toString();
    }

    @Test
    void aCommandListsEveryErrorItsCallCanRaiseEachContributedByItsIntegration() {
        assertEquals("""
            {@link InputValidationError} (client fault, nothing sent)
            {@link UnparseableResponseError} (server fault for 5xx, client fault otherwise)
            {@link ResponseBodyReadError} (transient, retried)
            {@link ResponseBodyTimeoutError} (named `TimeoutError`, transient, retried)
            {@link ResponseTooLargeError} (server fault, not retried but for a 429 or 5xx status)
            {@link ResponseHeadersTimeoutError} (named `TimeoutError`, transient, retried)
            {@link CallTimeoutError} (not retried)
            `Error` (no response)
            {@link ConstraintsServiceException}
            """, throwsLines("PutThings"));
    }

    @Test
    void eachEntryHasOneLineOfDescriptionAndTheModeledErrorsComeFirst() {
        String command = Fixtures.file("waiters.smithy", "src/commands/GetThingCommand.ts");
        assertTrue(command.contains("""
             * @throws {@link Forbidden} (client fault)
             *  The caller may not read that thing.
             *
             * @throws {@link InputValidationError} (client fault, nothing sent)
             *  The input breaks a rule the client checks before building the request (by default a missing member, \
            a wrong type or a value below its minimum; every constraint with `inputValidation: "strict"`).
             *
            """), command);
        assertTrue(command.indexOf("{@link NotFound}") < command.indexOf("{@link InputValidationError}"), command);
    }

    @Test
    void aStreamingOutputIsNotReadByTheClientSoItsReadErrorsAreNotListed() {
        String lines = throwsLines("GetBlob");
        assertTrue(lines.contains("{@link InputValidationError}"), lines);
        assertFalse(lines.contains("UnparseableResponseError"), lines);
        assertFalse(lines.contains("ResponseBodyReadError"), lines);
        assertFalse(lines.contains("ResponseTooLargeError"), lines);
        assertTrue(lines.contains("{@link ResponseHeadersTimeoutError}"), "the request handler's deadline holds for it too");
    }

    @Test
    void otherDocCommentsAreLeftAsTheGeneratorWroteThem() {
        assertFalse(Fixtures.file(FIXTURE, "src/ConstraintsClient.ts").contains("InputValidationError} (client fault"));
        assertFalse(Fixtures.file(FIXTURE, "src/Constraints.ts").contains("@throws"));
    }

    @Test
    void commandDocsWithoutTheBaseExceptionLineFailGenerationInsteadOfDroppingTheEntries() {
        CommandThrowsDocsIntegration integration = new CommandThrowsDocsIntegration();
        String docs = "/**\n * Reads it.\n * @returns {@link GetItCommandOutput}\n */\n";
        assertEquals(docs, integration.withThrownErrors(docs, " * @throws {@link X}"), "a command it knows nothing of");
        integration.knowCommand("GetItCommandOutput");
        CodegenException e = assertThrows(CodegenException.class,
            () -> integration.withThrownErrors(docs, " * @throws {@link ConstraintsServiceException}"));
        assertTrue(e.getMessage().contains("have no `@throws {@link ConstraintsServiceException}` line"), e.getMessage());
    }
}
