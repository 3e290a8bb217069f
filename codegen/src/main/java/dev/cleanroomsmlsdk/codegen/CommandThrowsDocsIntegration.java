package dev.cleanroomsmlsdk.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.utils.CodeInterceptor;
import software.amazon.smithy.utils.CodeSection;

/**
 * Lists, in each command's {@code @throws} documentation, every error a call can raise: after the modeled errors the
 * generator lists, the ones this client's own runtime code raises (input validation, unreadable bodies, ...), each
 * contributed by its integration through {@link ThrownErrors}, and last what the stock runtime raises when no
 * response arrives.
 *
 * <p>smithy-typescript 0.49.1 offers no hook for a command's doc comment: {@code CommandGenerator} builds the text
 * (operation docs, example, {@code @throws} of the modeled errors, then {@code @throws} of the service's base
 * exception) and writes it with {@code TypeScriptWriter.writeDocs}, which wraps every doc comment in a section named
 * {@code "docs"}. Sections are the generator's extension mechanism, and {@code interceptors()} the integration hook
 * that registers on them, so this integration intercepts that section, the way {@code AbstractCodeWriter}'s own
 * filtered states do: a doc comment that ends a command's docs (it has {@code @returns {@link <Command>Output}}) gets
 * the extra entries inserted before the base exception's {@code @throws}; every other doc comment passes through
 * unchanged. If the generator stops writing that line, generation fails here rather than silently dropping the
 * entries.
 */
public final class CommandThrowsDocsIntegration implements TypeScriptIntegration, ThrownErrors {

    private static final Pattern RETURNS = Pattern.compile("^ \\* @returns \\{@link (\\w+)\\}\\s*$", Pattern.MULTILINE);

    /** The commands whose docs got their entries, checked against the operations in {@link #customize}. */
    private final Set<String> documented = new TreeSet<>();
    private final Map<String, List<ThrownError>> byOutput = new LinkedHashMap<>();

    @Override
    public String name() {
        return "cleanroomsml-command-throws-docs";
    }

    @Override
    public List<? extends CodeInterceptor<? extends CodeSection, TypeScriptWriter>> interceptors(
            TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return List.of();
        }
        Model model = context.model();
        ServiceShape service = context.settings().getService(model);
        documented.clear();
        byOutput.clear();
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            List<ThrownError> errors = new ArrayList<>();
            for (TypeScriptIntegration integration : context.integrations()) {
                if (integration instanceof ThrownErrors contributor && integration != this) {
                    errors.addAll(contributor.thrownErrors(model, service, operation));
                }
            }
            errors.addAll(thrownErrors(model, service, operation));
            Symbol output = context.symbolProvider().toSymbol(operation).expectProperty("outputType", Symbol.class);
            byOutput.put(output.getName(), errors);
        }
        String baseLine = " * @throws {@link " + RuntimeFeature.baseExceptionName(context) + "}";
        return List.of(CodeInterceptor.<TypeScriptWriter>forName("docs",
            (writer, docs) -> writer.writeInlineWithNoFormatting(withThrownErrors(docs, baseLine))));
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        Set<String> missing = new TreeSet<>(byOutput.keySet());
        missing.removeAll(documented);
        if (!missing.isEmpty()) {
            throw new CodegenException("CommandThrowsDocsIntegration found no command docs for " + missing
                + ": the generator no longer writes `@returns {@link <Command>Output}` in them");
        }
    }

    /** The stock runtime's own failures: no response arrived, so no error class of this package applies. */
    @Override
    public List<ThrownError> thrownErrors(Model model, ServiceShape service, OperationShape operation) {
        return List.of(ThrownError.named("Error", "no response",
            "From the runtime when no response arrived: a connection failure (its `code`, such as `ECONNREFUSED`), "
                + "`TimeoutError` (the handler's `requestTimeout` before headers), `AbortError` (the call's "
                + "`abortSignal`), or a credential provider's error."));
    }

    /** For tests: makes a command's output known, with no entries to add. */
    void knowCommand(String outputSymbolName) {
        byOutput.putIfAbsent(outputSymbolName, List.of());
    }

    /** {@code docs} with the entries of its command inserted before the base exception's line, or unchanged. */
    String withThrownErrors(String docs, String baseLine) {
        Matcher returns = RETURNS.matcher(docs);
        if (!returns.find() || !byOutput.containsKey(returns.group(1))) {
            return docs;
        }
        String output = returns.group(1);
        int at = docs.indexOf(baseLine + "\n");
        if (at < 0) {
            throw new CodegenException("CommandThrowsDocsIntegration: the docs of " + output + " have no `"
                + baseLine.replaceFirst("^ \\* ", "") + "` line to add the runtime's errors before:\n" + docs);
        }
        StringBuilder entries = new StringBuilder();
        for (ThrownError error : byOutput.get(output)) {
            entries.append(" * @throws ").append(error.exported() ? "{@link " + error.name() + "}" : "`" + error.name() + "`")
                .append(" (").append(error.kind()).append(")\n")
                .append(" *  ").append(error.description()).append("\n")
                .append(" *\n");
        }
        documented.add(output);
        return docs.substring(0, at) + entries + docs.substring(at);
    }
}
