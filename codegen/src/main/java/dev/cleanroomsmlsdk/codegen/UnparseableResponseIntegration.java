package dev.cleanroomsmlsdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.StreamingTrait;
import software.amazon.smithy.model.traits.UnitTypeTrait;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.utils.StringUtils;

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
 *   <li>{@code src/unparseableResponse/ResponseTooLargeError.ts} and {@code responseLimitsConfig.ts}: the same read
 *       is bounded in size and in stall time. Bytes are counted as they arrive (and a {@code content-length} over the
 *       limit is refused before reading); past the limit reading stops, the connection is closed, and the call rejects
 *       with {@code ResponseTooLargeError}, a service exception with the limit and the bytes seen. The client options
 *       {@code maxResponseBytes} (a number for every operation, or {@code false}) and {@code bodyTimeout} (the longest a
 *       body may go without a byte, default 60 s) are resolved once per client.</li>
 *   <li>{@code src/unparseableResponse/responseSizeLimits.ts}, written here: each operation's default
 *       {@code maxResponseBytes}, computed from the model by {@link ResponseSizeBound} (the largest well-formed output
 *       or error body, twice over), with a doc comment that shows the figures and every assumption made.</li>
 *   <li>Two {@link RuntimeClientPlugin}s: the client options, and the plugin added to every command whose output has
 *       no streaming member (a stream must stay a stream; such operations keep the stock behaviour), each command
 *       passing its own default limit.</li>
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

    static final String LIMITS_MODULE = "responseSizeLimits";
    static final String LIMITS_BY_OPERATION = "MaxResponseBytesByOperation";
    private static final String CONFIG_MODULE = "responseLimitsConfig";

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            // The `maxResponseBytes` and `bodyTimeout` client options, checked and defaulted once per client.
            RuntimeClientPlugin.builder()
                .inputConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "ResponseLimitsInputConfig"))
                .resolvedConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "ResponseLimitsResolvedConfig"))
                .resolveFunction(RUNTIME.symbol(CONFIG_MODULE, "resolveResponseLimitsConfig"))
                .build(),
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol("unparseableResponsePlugin", "getUnparseableResponsePlugin"))
                // Each command passes its operation's default limit; the generator imports the constant.
                .additionalPluginFunctionParamsSupplier(
                    (model, service, operation) -> Map.of("maxResponseBytes", limitSymbol(service, operation)))
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
        writeLimits(context);
        RUNTIME.writeIndex(context, writer -> {
            writer.write("export { UnparseableResponseError, UNPARSEABLE_BODY_TEXT_LIMIT } from \"./UnparseableResponseError\";");
            writer.write("export type { UnparseableResponseErrorOptions } from \"./UnparseableResponseError\";");
            writer.write("export { ResponseBodyReadError, ResponseBodyTimeoutError } from \"./ResponseBodyReadError\";");
            writer.write("export type { ResponseBodyReadErrorOptions, ResponseBodyTimeoutOption } from \"./ResponseBodyReadError\";");
            writer.write("export { ResponseTooLargeError } from \"./ResponseTooLargeError\";");
            writer.write("export type { ResponseTooLargeErrorOptions } from \"./ResponseTooLargeError\";");
            writer.write("export { DEFAULT_BODY_TIMEOUT_MS } from \"./$L\";", CONFIG_MODULE);
            writer.write("export type { ResponseLimitsInputConfig } from \"./$L\";", CONFIG_MODULE);
            writer.write("export * from \"./$L\";", LIMITS_MODULE);
        });
    }

    /**
     * {@code src/unparseableResponse/responseSizeLimits.ts}: one constant per operation that reads its whole body, and
     * a map of them by operation name. Each constant's doc comment gives the bound it comes from, the largest body of
     * the output and of each error, and the assumptions made where the model sets no maximum.
     */
    private static void writeLimits(TypeScriptCodegenContext context) {
        Model model = context.model();
        ServiceShape service = context.settings().getService(model);
        // TopDownIndex returns operations sorted by shape id, which keeps the file stable between runs.
        Set<OperationShape> operations = TopDownIndex.of(model).getContainedOperations(service);
        Map<String, String> byOperation = new TreeMap<>();
        context.writerDelegator().useFileWriter(RUNTIME.sourceFile(LIMITS_MODULE), writer -> {
            for (OperationShape operation : operations) {
                if (hasStreamingOutput(model, operation)) {
                    continue;
                }
                String operationName = operation.getId().getName(service);
                String constant = limitSymbol(service, operation).getName();
                List<ResponseSizeBound.Bound> bounds = ResponseSizeBound.ofOperation(model, service, operation);
                long limit = ResponseSizeBound.defaultLimit(ResponseSizeBound.largest(bounds).bytes());
                writer.writeDocs(limitDocs(operationName, bounds, limit));
                writer.write("export const $L = $L;\n", constant, limit);
                byOperation.put(operationName, constant);
            }
            writer.writeDocs("Every operation's default `maxResponseBytes`, keyed by operation name; operations with a\n"
                + "streaming output are not read whole and have none.\n\n@public");
            writer.openBlock("export const $L: { readonly [operation: string]: number } = {", "};", LIMITS_BY_OPERATION,
                () -> byOperation.forEach((operation, constant) -> writer.write("$L: $L,", operation, constant)));
        });
    }

    private static String limitDocs(String operationName, List<ResponseSizeBound.Bound> bounds, long limit) {
        ResponseSizeBound.Bound largest = ResponseSizeBound.largest(bounds);
        List<String> lines = new ArrayList<>();
        lines.add("Default `maxResponseBytes` of {@link " + operationName + "Command}: " + limit + " bytes.");
        lines.add("");
        lines.add("The largest well-formed response body the model allows is " + largest.bytes() + " bytes ("
            + bodyName(largest) + "); the limit is twice that, rounded up to a multiple of 64 KiB, and at least 1 MiB. "
            + "Largest body of each:");
        List<String> assumptions = new ArrayList<>();
        for (ResponseSizeBound.Bound bound : bounds) {
            lines.add("- " + bodyName(bound) + ": " + bound.bytes() + " bytes");
            bound.assumptions().forEach(a -> assumptions.add("- " + bound.shape().getName() + "." + a));
        }
        lines.add("");
        lines.add("Every member present and at its largest: strings at their `@length` maximum, each character at its "
            + "worst JSON escaping among those its `@pattern` allows; lists and maps at their most entries; timestamps "
            + "and numbers in their longest text (ResponseSizeBound in codegen/ says exactly how)."
            + (assumptions.isEmpty() ? "" : " Where the model sets no maximum, an assumption stands in:"));
        lines.addAll(assumptions);
        lines.add("");
        lines.add("@public");
        return String.join("\n", wrap(lines));
    }

    private static String bodyName(ResponseSizeBound.Bound bound) {
        return bound.shape().equals(UnitTypeTrait.UNIT) ? "no output" : bound.shape().getName();
    }

    /** Doc lines wrapped at 114 columns (120 with the comment's indentation); list items keep a hanging indent. */
    static List<String> wrap(List<String> lines) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String indent = line.startsWith("- ") ? "  " : "";
            String[] words = line.split(" ");
            StringBuilder current = new StringBuilder(words[0]);
            for (int k = 1; k < words.length; k++) {
                if (current.length() + 1 + words[k].length() > 114) {
                    wrapped.add(current.toString());
                    current = new StringBuilder(indent).append(words[k]);
                } else {
                    current.append(' ').append(words[k]);
                }
            }
            wrapped.add(current.toString());
        }
        return wrapped;
    }

    /** {@code GetAudienceModelMaxResponseBytes} in {@code responseSizeLimits.ts}. */
    static Symbol limitSymbol(ServiceShape service, OperationShape operation) {
        return Symbol.builder()
            .namespace(RUNTIME.modulePath(LIMITS_MODULE), "/")
            .name(StringUtils.capitalize(operation.getId().getName(service)) + "MaxResponseBytes")
            .build();
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
                "The response body did not finish within the request handler's `requestTimeout`, or no byte of it "
                    + "arrived for the client's `bodyTimeout` (60 s by default); reading stopped and the connection was "
                    + "closed."),
            ThrownError.exported("ResponseTooLargeError", "server fault, not retried but for a 429 or 5xx status",
                "The response body passed `maxResponseBytes` (by default the operation's limit computed from the "
                    + "model), counted as it arrived or announced by `content-length`; reading stopped and the "
                    + "connection was closed."));
    }
}
