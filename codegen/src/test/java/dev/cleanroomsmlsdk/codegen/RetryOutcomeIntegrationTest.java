package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RetryOutcomeIntegration on fixtures/constraints.smithy. */
class RetryOutcomeIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";

    @Test
    void theClientAppliesThePluginOnceNotEachCommand() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        assertTrue(client.contains("getRetryOutcomePlugin(this.config)"), client);
        assertFalse(Fixtures.file(FIXTURE, "src/commands/PutThingsCommand.ts").contains("RetryOutcome"));
    }

    @Test
    void theIndexExportsThePublicApiAndTypesTheFieldOnThisServicesBaseException() {
        assertEquals(Fixtures.HEADER + """
            import type { RetryOutcomeFields } from "./RetryOutcome";

            export { getRetryOutcome } from "./RetryOutcome";
            export type { RetryOutcome, RetryOutcomeFields } from "./RetryOutcome";

            declare module "../models/ConstraintsServiceException" {
              interface ConstraintsServiceException extends RetryOutcomeFields {}
            }
            """, Fixtures.file(FIXTURE, "src/retryOutcome/index.ts"));
        assertTrue(Fixtures.file(FIXTURE, "src/index.ts").contains("export * from \"./retryOutcome\";\n"));
    }
}
