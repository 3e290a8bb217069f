package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import java.util.List;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.TypeScriptSettings;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Says on the error why the client stopped retrying: the retry quota ran out, the attempts were used up, or the error
 * is not retryable.
 *
 * <p>With the stock runtime, the retry strategies refuse a retry with a bare {@code Error("No retry token available")}
 * for all three reasons, and the {@code @smithy/core} retry middleware drops it and rethrows the attempt's error
 * unchanged (aws/aws-sdk-js-v3#4753); a drained quota looks like any other failure. This integration writes:
 * <ul>
 *   <li>{@code src/retryOutcome/RetryOutcome.ts}: the public {@code RetryOutcome} type, the {@code $retryOutcome}
 *       field (also declared on the service's base exception, so every modeled error has it typed) and
 *       {@code getRetryOutcome(error)}; when the quota cut a call short, the annotation also ends the message with a
 *       short note (the other outcomes keep the service's message).</li>
 *   <li>{@code src/retryOutcome/retryOutcomePlugin.ts}: a client plugin that decorates the resolved
 *       {@code retryStrategy} (standard or adaptive, default or passed in: wrapped in a Proxy, never replaced) so
 *       that a refused {@code refreshRetryTokenForRetry} annotates the error the middleware is about to rethrow.</li>
 *   <li>One {@link RuntimeClientPlugin} adding that plugin to the client (not to commands: the strategy is per
 *       client).</li>
 * </ul>
 */
public final class RetryOutcomeIntegration implements TypeScriptIntegration {

    static final String FOLDER = "retryOutcome";
    static final String TYPES_MODULE = "RetryOutcome";
    static final String PLUGIN_MODULE = "retryOutcomePlugin";

    private static final RuntimeTemplates RUNTIME = new RuntimeTemplates(RetryOutcomeIntegration.class, "retryoutcome/", FOLDER);

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
                .pluginFunction(RUNTIME.symbol(PLUGIN_MODULE, "getRetryOutcomePlugin"))
                .build()
        );
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        TypeScriptSettings settings = context.settings();
        if (!settings.generateClient()) {
            return;
        }
        String baseException = RuntimeTemplates.baseExceptionName(context);

        RUNTIME.copy(context, TYPES_MODULE, writer -> { });
        // Declares the field on the base exception (interface merging), so `err.$retryOutcome` is typed once `err` is
        // narrowed to any modeled error. Appended to the same file by the delegator.
        context.writerDelegator().useFileWriter(RUNTIME.sourceFile(TYPES_MODULE), writer -> {
            writer.write("");
            writer.write("declare module \"../models/$L\" {", baseException);
            writer.write("  interface $L extends RetryOutcomeFields {}", baseException);
            writer.write("}");
        });
        RUNTIME.copy(context, PLUGIN_MODULE, writer -> {
            writer.addTypeImport("Pluggable", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("Provider", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("RetryErrorInfo", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("RetryStrategy", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("RetryStrategyV2", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("RetryToken", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addRelativeImport("annotateRetryOutcome", null, Paths.get(RUNTIME.modulePath(TYPES_MODULE)));
            writer.addRelativeImport("RetryOutcome", null, Paths.get(RUNTIME.modulePath(TYPES_MODULE)));
        });

        context.writerDelegator().useFileWriter(RUNTIME.sourceFile("index"), writer -> {
            writer.write("export { getRetryOutcome } from \"./$L\";", TYPES_MODULE);
            writer.write("export type { RetryOutcome, RetryOutcomeFields } from \"./$L\";", TYPES_MODULE);
            // The plugin module stays internal: the client imports it directly, users never need to.
        });
        // The package index was opened before integrations run; the delegator appends to the same file.
        context.writerDelegator().useFileWriter(
            Paths.get(CodegenUtils.SOURCE_FOLDER, "index.ts").toString(),
            writer -> writer.write("export * from \"./$L\";", FOLDER)
        );
    }
}
