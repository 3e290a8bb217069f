package dev.cleanroomsmlsdk.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DeadlinesIntegration on fixtures/constraints.smithy. */
class DeadlinesIntegrationTest {

    private static final String FIXTURE = "constraints.smithy";

    @Test
    void theClientResolvesTheOptionsAndAppliesThePluginOnce() {
        String client = Fixtures.file(FIXTURE, "src/ConstraintsClient.ts");
        assertTrue(client.contains("resolveDeadlinesConfig("), client);
        assertTrue(client.contains("DeadlinesInputConfig &"), client);
        assertTrue(client.contains("this.middlewareStack.use(getDeadlinesPlugin(this.config));"), client);
    }

    @Test
    void commandsDoNotApplyIt() {
        for (String op : new String[] {"PutThings", "GetNothing", "GetBlob"}) {
            assertFalse(Fixtures.file(FIXTURE, "src/commands/" + op + "Command.ts").contains("Deadlines"), op);
        }
    }

    @Test
    void theIndexExportsTheErrorsAndTheOptionsButNotThePlugin() {
        assertEquals(Fixtures.HEADER + """
            export { ResponseHeadersTimeoutError } from "./ResponseHeadersTimeoutError";
            export type { ResponseHeadersTimeoutErrorOptions } from "./ResponseHeadersTimeoutError";
            export { CallTimeoutError } from "./CallTimeoutError";
            export type { CallTimeoutErrorOptions } from "./CallTimeoutError";
            export { DEFAULT_HEADERS_TIMEOUT_MS } from "./deadlinesConfig";
            export type { DeadlinesInputConfig } from "./deadlinesConfig";
            """, Fixtures.file(FIXTURE, "src/deadlines/index.ts"));
        assertTrue(Fixtures.file(FIXTURE, "src/index.ts").contains("export * from \"./deadlines\";\n"));
    }
}
