package dev.cleanroomsmlsdk.codegen;

import java.util.List;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.StreamingTrait;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;

/**
 * A typed error for responses whose body the protocol cannot parse.
 *
 * <p>With the stock generator, a body that is not the JSON restJson1 expects (an HTML 502 or 403 page from a proxy,
 * JSON cut short, a 200 with invalid JSON) makes {@code client.send} reject with the parser's bare {@code SyntaxError}
 * (or a {@code TypeError} for JSON of the wrong shape): not an instance of the service's base exception, no
 * {@code $fault}, and the body text gone. This integration writes:
 * <ul>
 *   <li>{@code src/unparseableResponse/UnparseableResponseError.ts}: {@code UnparseableResponseError}, which extends the
 *       service's base exception ({@code CleanRoomsMLServiceException} here) and carries the status, request id,
 *       {@code $fault} by status class, the raw response, the first 64 KiB of the body as text and the parser's error
 *       as {@code cause}; exported from the package index.</li>
 *   <li>{@code src/unparseableResponse/unparseableResponsePlugin.ts}: a runtime plugin that adds two middlewares in the
 *       {@code deserialize} step, relative to the schema serde plugin's {@code deserializerMiddleware}: one inside it
 *       that reads the body into memory before the protocol does (the protocol reuses those bytes, so nothing is read
 *       or copied twice), one around it that turns its parse failures into the typed error. Being in
 *       {@code deserialize} keeps both inside the retry middleware ({@code finalizeRequest}), which therefore sees the
 *       typed error, with its status, on every attempt.</li>
 *   <li>{@code src/unparseableResponse/readResponseBody.ts} and {@code ResponseBodyReadError.ts}: since the inner
 *       middleware is where the body is read, it also bounds that read and types its failures. The request handler's
 *       {@code requestTimeout} (which the stock handlers stop enforcing once headers arrive) and the call's
 *       {@code AbortSignal} stop the read at its source, releasing the connection; the outcomes are
 *       {@code ResponseBodyTimeoutError} (name {@code TimeoutError}), an {@code AbortError}, or, for a connection that
 *       fails mid-body, the transient {@code ResponseBodyReadError}, which the retry strategies retry. Both classes are
 *       exported from the package index.</li>
 *   <li>One {@link RuntimeClientPlugin} adding that plugin to every command whose output has no streaming member (a
 *       stream must stay a stream; such operations keep the stock behaviour).</li>
 * </ul>
 * The TypeScript is copied unchanged from {@code codegen/runtime/src/unparseableResponse/}; the base exception it
 * extends reaches it through {@code src/models/ServiceBaseException.ts} (see {@link RuntimeFeature}).
 */
public final class UnparseableResponseIntegration implements TypeScriptIntegration, ThrownErrors {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("unparseableResponse",
        TypeScriptDependency.PROTOCOL_HTTP,
        TypeScriptDependency.AWS_SMITHY_CLIENT,
        TypeScriptDependency.SMITHY_TYPES,
        TypeScriptDependency.UTIL_MIDDLEWARE,
        TypeScriptDependency.AWS_SDK_UTIL_UTF8);

    @Override
    public String name() {
        return "cleanroomsml-unparseable-response";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol("unparseableResponsePlugin", "getUnparseableResponsePlugin"))
                // An operation predicate makes this a command plugin: it is added to each command's stack, next to
                // that command's deserializer, and only for operations whose response body is read whole anyway.
                .operationPredicate((model, service, operation) -> !hasStreamingOutput(model, operation))
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
            writer.write("export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from \"./UnparseableResponseError\";");
            writer.write("export type { UnparseableResponseErrorOptions } from \"./UnparseableResponseError\";");
            writer.write("export { ResponseBodyReadError, ResponseBodyTimeoutError } from \"./ResponseBodyReadError\";");
            writer.write("export type { ResponseBodyReadErrorOptions } from \"./ResponseBodyReadError\";");
        });
    }

    /** A streaming blob payload or an event stream: bodies that must not be read into memory up front. */
    static boolean hasStreamingOutput(Model model, OperationShape operation) {
        StructureShape output = OperationIndex.of(model).expectOutputShape(operation);
        for (MemberShape member : output.members()) {
            if (model.expectShape(member.getTarget()).hasTrait(StreamingTrait.class)) {
                return true;
            }
        }
        return false;
    }

    /** What the plugin raises, for the commands it is added to (those whose output does not stream). */
    @Override
    public List<ThrownError> thrownErrors(Model model, ServiceShape service, OperationShape operation) {
        if (hasStreamingOutput(model, operation)) {
            return List.of();
        }
        return List.of(
            ThrownError.exported("UnparseableResponseError", "server fault for 5xx, client fault otherwise",
                "The response body is not what the protocol expects, such as an HTML error page from a proxy; it "
                    + "carries the status, request id, raw response and the body's text."),
            ThrownError.exported("ResponseBodyReadError", "transient, retried",
                "The connection broke while the response body was read; raised with `$metadata` once the attempts "
                    + "are used up."),
            ThrownError.exported("ResponseBodyTimeoutError", "named `TimeoutError`, transient, retried",
                "The response body did not finish within the request handler's `requestTimeout`; reading stopped and "
                    + "the connection was closed."));
    }
}
