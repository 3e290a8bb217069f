package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** WaiterErrorsIntegration on fixtures/waiters.smithy (two waiters) and fixtures/constraints.smithy (none). */
class WaiterErrorsIntegrationTest {

    private static final String FIXTURE = "waiters.smithy";

    @Test
    void eachWaitUntilRunsTheStockWaitForThroughWaitUntilOrThrowWithTheStockSignature() {
        String waiters = Fixtures.file(FIXTURE, "src/waiterErrors/waiters.ts");
        assertTrue(waiters.contains("""
            const statusOfThingReady = (output: GetThingCommandOutput) => ({ status: output.state, statusDetails: output.stateReason });
            """), waiters);
        assertTrue(waiters.contains("""
            export const waitUntilThingReady = (async (
              params: WaiterConfiguration<WaitersClient>,
              input: GetThingCommandInput
            ): Promise<WaiterResult<GetThingCommandOutput>> =>
              waitUntilOrThrow("ThingReady", waitForThingReady, params, input, statusOfThingReady)) satisfies typeof stockWaitUntilThingReady;
            """), waiters);
        // A waiter that succeeds on an error resolves with that error, as the stock one is declared.
        assertTrue(waiters.contains("""
            ): Promise<WaiterResult<NotFound>> =>
              waitUntilOrThrow("ThingGone", waitForThingGone, params, input, statusOfThingGone)) satisfies typeof stockWaitUntilThingGone;
            """), waiters);
        assertTrue(waiters.contains("import type { NotFound } from \"../models/errors\";"), waiters);
        assertTrue(waiters.contains("export const typedWaiters = { waitUntilThingGone, waitUntilThingReady };"), waiters);
    }

    @Test
    void theDocsListTheAcceptorsConditionsAndTheTypedErrors() {
        String waiters = Fixtures.file(FIXTURE, "src/waiterErrors/waiters.ts");
        assertTrue(waiters.contains(" * It polls {@link GetThingCommand} from 5 s, backing off to 50 s between calls, until `state` is "
            + "`READY`. It stops with a {@link WaiterFailedError} when `state` is `BROKEN` or `GONE`, or the call fails with "
            + "`Forbidden`.\n"), waiters);
        // A waiter without documentation in the model still says what it does.
        assertTrue(waiters.contains(" * Waits on GetThingCommand.\n *\n * It polls {@link GetThingCommand} from 2 s, backing off to 20 s "
            + "between calls, until the call fails with `NotFound`. It stops with a {@link WaiterFailedError} when `state` is "
            + "`BROKEN`.\n"), waiters);
        assertTrue(waiters.contains(" * @throws {@link WaiterTimeoutError} (named `TimeoutError`) when `maxWaitTime` ran out.\n"), waiters);
    }

    @Test
    void theIndexTypesTheStatusFieldsAsTheOutputMembers() {
        assertEquals(Fixtures.HEADER + """
            import type { ThingState } from "../models/enums";

            export { WaiterAbortedError, WaiterError, WaiterFailedError, WaiterTimeoutError } from "./WaiterError";
            export type { WaiterErrorOptions, WaiterStatus, WaiterStatusDetails, WaiterStatusFields, WaiterStatusTypes } from "./WaiterError";

            // The status fields of this client's waiter errors, typed as the output members the waiters read.
            declare module "./WaiterError" {
              interface WaiterStatusTypes {
                status: ThingState;
                statusDetails: string;
              }
            }
            """, Fixtures.file(FIXTURE, "src/waiterErrors/index.ts"));
    }

    @Test
    void thePackageIndexExportsTheTypedFunctionsExplicitlySoTheyWinOverTheStarExport() {
        String index = Fixtures.file(FIXTURE, "src/index.ts");
        assertTrue(index.contains("export * from \"./waiters\";\n"), index);
        assertTrue(index.contains("export * from \"./waiterErrors\";\n"), index);
        assertTrue(index.contains("export { waitUntilThingGone, waitUntilThingReady } from \"./waiterErrors/waiters\";\n"), index);
    }

    @Test
    void theAggregatedClientRedefinesItsWaiterMethodsAfterTheGeneratedOnes() {
        String aggregated = Fixtures.file(FIXTURE, "src/Waiters.ts");
        int stock = aggregated.indexOf("createAggregatedClient(commands, Waiters, { waiters });");
        int typed = aggregated.indexOf("replaceWaiterMethods(Waiters, typedWaiters);");
        assertTrue(stock > 0 && typed > stock, aggregated);
        assertTrue(aggregated.contains("import { typedWaiters } from \"./waiterErrors/waiters\";"), aggregated);
    }

    @Test
    void aServiceWithoutWaitersGetsNothing() {
        assertFalse(Fixtures.generate("constraints.smithy").hasFile("src/waiterErrors/index.ts"));
        assertFalse(Fixtures.file("constraints.smithy", "src/index.ts").contains("waiterErrors"));
    }
}
