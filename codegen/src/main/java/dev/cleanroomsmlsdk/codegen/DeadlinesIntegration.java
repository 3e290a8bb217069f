package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * Deadlines that stop the transport: a default one for the response headers, on every request handler, and an
 * optional one for the whole call.
 *
 * <p>With the stock runtime, a server that accepts a connection and never answers holds a call forever (neither
 * request handler has a default deadline, and {@code NodeHttpHandler} only warns on {@code requestTimeout} unless
 * {@code throwOnRequestTimeout} is set), {@code FetchHttpHandler}'s {@code requestTimeout} rejects the call but leaves
 * its fetch running, and nothing bounds a call across its retries. This integration copies
 * {@code codegen/runtime/src/deadlines/} unchanged into {@code src/deadlines/}:
 * <ul>
 *   <li>{@code deadlinesConfig.ts}: the client options {@code headersTimeout} (default 60 s, connecting included) and
 *       {@code callTimeout} (off by default), checked once per client.</li>
 *   <li>{@code requestHandlerDeadlines.ts}: a Proxy around the client's request handler whose {@code handle()} gives
 *       each attempt its own {@code AbortController}, following the caller's signal; {@code headersTimeout} aborts
 *       it and fails the attempt with the retryable {@code ResponseHeadersTimeoutError}, and whenever the handler
 *       gives up on its own (its {@code requestTimeout}), it is aborted too, so the server sees the client hang up.</li>
 *   <li>{@code fetchRequestHold.ts}: on Node's fetch (undici), a {@code FetchHttpHandler}'s {@code customFetch} is set
 *       (keeping one already configured) to hold each {@code Request} while it runs: the handler drops the Request it
 *       built, undici follows a Request's signal only weakly, and after a garbage collection an abort would no longer
 *       close the request.</li>
 *   <li>{@code callDeadline.ts}: for {@code callTimeout}, one middleware around the whole call (initialize step) and
 *       one per attempt (first in the deserialize step, inside the retry middleware); the call rejects with
 *       {@code CallTimeoutError} at the deadline, even mid back-off, and its attempt in flight is aborted.</li>
 *   <li>{@code deadlinesPlugin.ts}: the client plugin that installs the wrapper once per client, after every config
 *       resolver and runtime extension, and adds the two middlewares only when {@code callTimeout} is set.</li>
 * </ul>
 * The deadline on a body that stalls ({@code bodyTimeout}) belongs to the code that reads bodies,
 * {@link UnparseableResponseIntegration}.
 */
public final class DeadlinesIntegration implements TypeScriptIntegration, ThrownErrors {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("deadlines",
        TypeScriptDependency.SMITHY_TYPES,
        TypeScriptDependency.UTIL_MIDDLEWARE);

    private static final String CONFIG_MODULE = "deadlinesConfig";

    @Override
    public String name() {
        return "cleanroomsml-deadlines";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            RuntimeClientPlugin.builder()
                .inputConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "DeadlinesInputConfig"))
                .resolvedConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "DeadlinesResolvedConfig"))
                .resolveFunction(RUNTIME.symbol(CONFIG_MODULE, "resolveDeadlinesConfig"))
                .build(),
            // No operation predicate: a client plugin, applied once with the client's resolved config.
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol("deadlinesPlugin", "getDeadlinesPlugin"))
                .build()
        );
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        RUNTIME.copy(context);
        RUNTIME.writeIndex(context, writer -> {
            writer.write("export { ResponseHeadersTimeoutError } from \"./ResponseHeadersTimeoutError\";");
            writer.write("export type { ResponseHeadersTimeoutErrorOptions } from \"./ResponseHeadersTimeoutError\";");
            writer.write("export { CallTimeoutError } from \"./CallTimeoutError\";");
            writer.write("export type { CallTimeoutErrorOptions } from \"./CallTimeoutError\";");
            writer.write("export { DEFAULT_HEADERS_TIMEOUT_MS } from \"./$L\";", CONFIG_MODULE);
            writer.write("export type { DeadlinesInputConfig } from \"./$L\";", CONFIG_MODULE);
        });
    }

    /** Every call goes through the wrapped request handler; callTimeout applies to every operation when it is set. */
    @Override
    public List<ThrownError> thrownErrors(Model model, ServiceShape service, OperationShape operation) {
        return List.of(
            ThrownError.exported("ResponseHeadersTimeoutError", "named `TimeoutError`, transient, retried",
                "No response headers arrived within the client's `headersTimeout` (60 s by default, connecting "
                    + "included); the request was aborted."),
            ThrownError.exported("CallTimeoutError", "not retried",
                "The whole call, retries and back-off included, did not finish within the client's `callTimeout` (off "
                    + "by default); the attempt in flight was aborted."));
    }
}
