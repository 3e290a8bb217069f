package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import java.util.List;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Says on the error why the client stopped retrying: the retry quota ran out, the attempts were used up, or the error
 * is not retryable.
 *
 * <p>With the stock runtime, the retry strategies refuse a retry with a bare {@code Error("No retry token available")}
 * for all three reasons, and the {@code @smithy/core} retry middleware drops it and rethrows the attempt's error
 * unchanged (aws/aws-sdk-js-v3#4753); a drained quota looks like any other failure. This integration copies
 * {@code codegen/runtime/src/retryOutcome/} unchanged into {@code src/retryOutcome/}:
 * <ul>
 *   <li>{@code RetryOutcome.ts}: the public {@code RetryOutcome} type, the {@code $retryOutcome} field and
 *       {@code getRetryOutcome(error)}; when the quota cut a call short, the annotation also ends the message with a
 *       short note (the other outcomes keep the service's message).</li>
 *   <li>{@code retryOutcomePlugin.ts}: a client plugin that decorates the resolved {@code retryStrategy} (standard or
 *       adaptive, default or passed in: wrapped in a Proxy, never replaced) so that a refused
 *       {@code refreshRetryTokenForRetry} annotates the error the middleware is about to rethrow.</li>
 * </ul>
 * It registers that plugin on the client (not on commands: the strategy is per client) and writes the folder's index,
 * which also declares {@code $retryOutcome} on the service's base exception, so every modeled error has it typed.
 */
public final class RetryOutcomeIntegration implements TypeScriptIntegration {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("retryOutcome", TypeScriptDependency.SMITHY_TYPES);

    @Override
    public String name() {
        return "cleanroomsml-retry-outcome";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            RuntimeClientPlugin.builder()
                // No operation predicate: a client plugin, called with the client's resolved config once every config
                // resolver (resolveRetryConfig among them) and runtime extension has run.
                .pluginFunction(RUNTIME.symbol("retryOutcomePlugin", "getRetryOutcomePlugin"))
                .build()
        );
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        String baseException = RuntimeFeature.baseExceptionName(context);
        RUNTIME.copy(context);
        RUNTIME.writeIndex(context, writer -> {
            writer.addRelativeTypeImport("RetryOutcomeFields", null, Paths.get(RUNTIME.modulePath("RetryOutcome")));
            writer.write("export { getRetryOutcome } from \"./RetryOutcome\";");
            writer.write("export type { RetryOutcome, RetryOutcomeFields } from \"./RetryOutcome\";");
            writer.write("");
            // Interface merging on the generated base exception, so `err.$retryOutcome` is typed once `err` is narrowed
            // to any modeled error. It names the service's own class, which the copied sources cannot know.
            writer.write("declare module \"../models/$L\" {", baseException);
            writer.write("  interface $L extends RetryOutcomeFields {}", baseException);
            writer.write("}");
        });
    }
}
