package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** UnparseableResponseIntegration on fixtures/constraints.smithy, whose GetBlob streams its output. */
class UnparseableResponseIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";

    @Test
    void commandsThatReadTheirWholeBodyGetThePluginWithTheirDefaultLimit() {
        for (String op : new String[] {"PutThings", "GetNothing"}) {
            String command = Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts");
            assertTrue(command.contains("getUnparseableResponsePlugin(config, {\n        maxResponseBytes: " + op
                + "MaxResponseBytes,\n      }),"), command);
            assertTrue(command.contains("import { " + op + "MaxResponseBytes } from \"../unparseableResponse/responseSizeLimits\";"),
                command);
        }
    }

    @Test
    void theLimitsModuleHasOneDocumentedConstantPerOperationThatReadsItsBody() {
        String limits = Fixtures.file(FIXTURE, "src/unparseableResponse/responseSizeLimits.ts");
        // Both outputs are empty and no errors are modeled: the bound is "{}" and the 1 MiB floor applies.
        assertTrue(limits.contains("""
             * Default `maxResponseBytes` of {@link GetNothingCommand}: 1048576 bytes.
             *
             * The largest well-formed response body the model allows is 2 bytes (no output); the limit is twice that, rounded up
             * to a multiple of 64 KiB, and at least 1 MiB. Largest body of each:
             * - no output: 2 bytes
            """), limits);
        assertTrue(limits.contains("export const GetNothingMaxResponseBytes = 1048576;\n"), limits);
        assertTrue(limits.contains("export const PutThingsMaxResponseBytes = 1048576;\n"), limits);
        assertFalse(limits.contains("GetBlob"), "a streaming output is not read whole and has no limit");
        assertTrue(limits.contains("""
            export const MaxResponseBytesByOperation: { readonly [operation: string]: number } = {
              GetNothing: GetNothingMaxResponseBytes,
              PutThings: PutThingsMaxResponseBytes,
            };
            """), limits);
    }

    @Test
    void theClientResolvesTheLimitOptions() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        assertTrue(client.contains("resolveResponseLimitsConfig("), client);
        assertTrue(client.contains("ResponseLimitsInputConfig &"), client);
    }

    @Test
    void aStreamingOutputKeepsTheStockBehaviour() {
        String command = Fixtures.file(FIXTURE, "src/commands/GetBlobCommand.ts");
        assertFalse(command.contains("UnparseableResponse"), command);
        assertTrue(UnparseableResponseIntegration.hasStreamingOutput(Fixtures.model(FIXTURE),
            Fixtures.model(FIXTURE).expectShape(
                software.amazon.smithy.model.shapes.ShapeId.from("example.constraints#GetBlob"),
                software.amazon.smithy.model.shapes.OperationShape.class)));
    }

    @Test
    void theBaseExceptionGlueNamesThisServicesException() {
        assertEquals(Fixtures.HEADER
                + "// The service's base exception under the name the runtime sources from codegen/runtime import.\n"
                + "export { ConstraintsServiceException as ServiceBaseException } from \"./ConstraintsServiceException\";\n",
            Fixtures.file(FIXTURE, "src/models/ServiceBaseException.ts"));
        assertTrue(Fixtures.generate(FIXTURE).hasFile("src/models/ConstraintsServiceException.ts"),
            "the glue points at the generator's own base exception file");
    }

    @Test
    void theIndexExportsTheErrorsTheOptionsAndTheLimitsButNotThePlugin() {
        assertEquals(Fixtures.HEADER + """
            export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from "./UnparseableResponseError";
            export type { UnparseableResponseErrorOptions } from "./UnparseableResponseError";
            export { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
            export type { ResponseBodyReadErrorOptions, ResponseBodyTimeoutOption } from "./ResponseBodyReadError";
            export { ResponseTooLargeError } from "./ResponseTooLargeError";
            export type { ResponseTooLargeErrorOptions } from "./ResponseTooLargeError";
            export { DEFAULT_BODY_TIMEOUT_MS } from "./responseLimitsConfig";
            export type { ResponseLimitsInputConfig } from "./responseLimitsConfig";
            export * from "./responseSizeLimits";
            """, Fixtures.file(FIXTURE, "src/unparseableResponse/index.ts"));
        assertTrue(Fixtures.file(FIXTURE, "src/index.ts").contains("export * from \"./unparseableResponse\";\n"));
    }
}
