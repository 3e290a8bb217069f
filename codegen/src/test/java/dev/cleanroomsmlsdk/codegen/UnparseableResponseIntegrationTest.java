package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** UnparseableResponseIntegration on fixtures/constraints.smithy, whose GetBlob streams its output. */
class UnparseableResponseIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";

    @Test
    void commandsThatReadTheirWholeBodyGetThePlugin() {
        for (String op : new String[] {"PutThings", "GetNothing"}) {
            String command = Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts");
            assertTrue(command.contains("getUnparseableResponsePlugin(config)"), command);
        }
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
    void theIndexExportsTheErrorsButNotThePlugin() {
        assertEquals(Fixtures.HEADER + """
            export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from "./UnparseableResponseError";
            export type { UnparseableResponseErrorOptions } from "./UnparseableResponseError";
            export { ResponseBodyReadError, ResponseBodyTimeoutError } from "./ResponseBodyReadError";
            export type { ResponseBodyReadErrorOptions } from "./ResponseBodyReadError";
            """, Fixtures.file(FIXTURE, "src/unparseableResponse/index.ts"));
        assertTrue(Fixtures.file(FIXTURE, "src/index.ts").contains("export * from \"./unparseableResponse\";\n"));
    }
}
