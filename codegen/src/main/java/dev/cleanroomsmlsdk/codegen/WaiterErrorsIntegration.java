package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.codegen.core.SymbolProvider;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.waiters.Acceptor;
import software.amazon.smithy.waiters.AcceptorState;
import software.amazon.smithy.waiters.Matcher;
import software.amazon.smithy.waiters.PathComparator;
import software.amazon.smithy.waiters.PathMatcher;
import software.amazon.smithy.waiters.WaitableTrait;
import software.amazon.smithy.waiters.Waiter;

/**
 * Typed errors for waiters that stop without success.
 *
 * <p>smithy-typescript's {@code WaiterGenerator} writes, for each waiter of the model, {@code waitFor<Name>}
 * (deprecated; returns the result whatever it is) and {@code waitUntil<Name>}, which ends with
 * {@code @smithy/util-waiter}'s {@code checkExceptions}: a failure, a timeout or an abort becomes a plain {@code Error}
 * whose message is the JSON of the waiter's result, so a caller can only parse a string to learn the final status.
 * The generator has no hook into that code, and neither it nor util-waiter may be patched. This integration leaves
 * {@code src/waiters/} as generated and adds, with the same public names and signatures:
 * <ul>
 *   <li>{@code src/waiterErrors/}: {@code WaiterError} and its subclasses {@code WaiterFailedError},
 *       {@code WaiterTimeoutError} (name {@code TimeoutError}) and {@code WaiterAbortedError} (name {@code AbortError}),
 *       and {@code waitUntilOrThrow}, copied unchanged from {@code codegen/runtime/src/waiterErrors/}.</li>
 *   <li>{@code src/waiterErrors/waiters.ts}: one {@code waitUntil<Name>} per waiter that runs the generated
 *       {@code waitFor<Name>} (the stock acceptors and polling) through {@code waitUntilOrThrow}, with a function that
 *       reads the status fields from the output; {@code satisfies} checks that its type is the stock one's. Its doc
 *       comment lists the waiter's success and failure conditions, read from the acceptors.</li>
 *   <li>{@code src/waiterErrors/index.ts}: the error classes, and the types of {@code status} and {@code statusDetails}
 *       for this service (a module augmentation of {@code WaiterStatusTypes}).</li>
 *   <li>In {@code src/index.ts}, an explicit re-export of those {@code waitUntil*} functions, which takes precedence
 *       over the generated {@code export * from "./waiters"} (an explicit export always wins over a star export);
 *       and at the end of the aggregated client's module, a call that redefines its waiter methods around them.</li>
 * </ul>
 * The status member is the output member the waiter's output matchers compare (a top-level field path such as
 * {@code status}); its details member is the output member named after it with {@code Details}, {@code Reason} or
 * {@code Message} appended, when there is one. A service without waiters gets nothing.
 */
public final class WaiterErrorsIntegration implements TypeScriptIntegration {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("waiterErrors",
        TypeScriptDependency.AWS_SDK_UTIL_WAITERS,
        TypeScriptDependency.AWS_SMITHY_CLIENT,
        TypeScriptDependency.SMITHY_TYPES);

    static final String WAITERS_MODULE = "waiters";
    private static final List<String> DETAILS_SUFFIXES = List.of("Details", "Reason", "Message");

    @Override
    public String name() {
        return "cleanroomsml-waiter-errors";
    }

    /** One waiter of the model with the operation it polls. */
    record WaiterOfOperation(String name, Waiter waiter, OperationShape operation) {
    }

    /** The output members a waiter reads its status from. */
    record StatusMembers(MemberShape status, Optional<MemberShape> details) {
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        if (!context.settings().generateClient()) {
            return;
        }
        Model model = context.model();
        ServiceShape service = context.settings().getService(model);
        List<WaiterOfOperation> waiters = waiters(model, service);
        if (waiters.isEmpty()) {
            return;
        }
        RUNTIME.copy(context);
        writeWaiters(context, service, waiters);

        Map<String, StatusMembers> statusByWaiter = new LinkedHashMap<>();
        waiters.forEach(w -> statusMembers(model, w).ifPresent(s -> statusByWaiter.put(w.name(), s)));
        RUNTIME.writeIndex(context, writer -> {
            writer.write("export { WaiterAbortedError, WaiterError, WaiterFailedError, WaiterTimeoutError } from \"./WaiterError\";");
            writer.write("export type { WaiterErrorOptions, WaiterStatus, WaiterStatusDetails, WaiterStatusFields, "
                + "WaiterStatusTypes } from \"./WaiterError\";");
            writeStatusTypes(writer, context.symbolProvider(), model, statusByWaiter.values());
        });

        List<String> names = waiters.stream().map(w -> "waitUntil" + w.name()).toList();
        context.writerDelegator().useFileWriter(Paths.get(CodegenUtils.SOURCE_FOLDER, "index.ts").toString(), writer -> {
            writer.write("// Added by WaiterErrorsIntegration: these waitUntil* throw typed waiter errors; as explicit exports");
            writer.write("// they take the place of the generated ones from ./waiters.");
            writer.write("export { $L } from \"./$L/$L\";", String.join(", ", names), RUNTIME.folder(), WAITERS_MODULE);
        });
        writeAggregatedClientMethods(context);
    }

    /** Every waiter of the service's operations, in the order of the operations' shape ids and the waiters' names. */
    static List<WaiterOfOperation> waiters(Model model, ServiceShape service) {
        List<WaiterOfOperation> waiters = new ArrayList<>();
        for (OperationShape operation : TopDownIndex.of(model).getContainedOperations(service)) {
            operation.getTrait(WaitableTrait.class).ifPresent(trait ->
                new TreeMap<>(trait.getWaiters()).forEach((name, waiter) ->
                    waiters.add(new WaiterOfOperation(name, waiter, operation))));
        }
        return waiters;
    }

    private static void writeWaiters(TypeScriptCodegenContext context, ServiceShape service, List<WaiterOfOperation> waiters) {
        Model model = context.model();
        SymbolProvider symbols = context.symbolProvider();
        Symbol client = typeOnly(symbols.toSymbol(service));
        context.writerDelegator().useFileWriter(RUNTIME.sourceFile(WAITERS_MODULE), writer -> {
            writer.addTypeImport("WaiterConfiguration", null, TypeScriptDependency.AWS_SDK_UTIL_WAITERS);
            writer.addTypeImport("WaiterResult", null, TypeScriptDependency.AWS_SDK_UTIL_WAITERS);
            writer.addRelativeImport("waitUntilOrThrow", null, Paths.get(RUNTIME.modulePath("waitUntilOrThrow")));
            writer.write("// The waitUntil* functions of this client, as exported from its index. Each runs the generated waitFor* (the");
            writer.write("// model's acceptors and util-waiter's polling) and throws a WaiterError subclass when it does not succeed.");
            writer.write("");
            for (WaiterOfOperation w : waiters) {
                Symbol operationSymbol = symbols.toSymbol(w.operation());
                Symbol input = typeOnly(operationSymbol.expectProperty("inputType", Symbol.class));
                Symbol output = typeOnly(operationSymbol.expectProperty("outputType", Symbol.class));
                String stockModule = "./" + CodegenUtils.SOURCE_FOLDER + "/waiters/waitFor" + w.name();
                writer.addRelativeImport("waitFor" + w.name(), null, Paths.get(stockModule));
                writer.addRelativeTypeImport("waitUntil" + w.name(), "stockWaitUntil" + w.name(), Paths.get(stockModule));

                Optional<StatusMembers> status = statusMembers(model, w);
                String reader = status.map(x -> "statusOf" + w.name()).orElse(null);
                status.ifPresent(s -> writer.write("const $L = (output: $T) => ({ status: output.$L$L });\n", reader, output,
                    s.status().getMemberName(), s.details().map(d -> ", statusDetails: output." + d.getMemberName()).orElse("")));

                writer.writeDocs(docs(service, w, operationSymbol.getName()));
                writer.write("export const waitUntil$L = (async (", w.name());
                writer.write("  params: WaiterConfiguration<$T>,", client);
                writer.write("  input: $T", input);
                writer.writeInline("): Promise<WaiterResult<");
                writeResultType(writer, model, service, symbols, w, output);
                writer.write(">> =>");
                writer.write("  waitUntilOrThrow($S, waitFor$L, params, input$L)) satisfies typeof stockWaitUntil$L;\n",
                    w.name(), w.name(), reader == null ? "" : ", " + reader, w.name());
            }
            writer.writeDocs("The typed waiter functions by export name, for the aggregated client.\n\n@internal");
            writer.write("export const typedWaiters = { $L };", waiters.stream().map(w -> "waitUntil" + w.name())
                .collect(Collectors.joining(", ")));
        });
    }

    /**
     * What the waitUntil function resolves with, as the stock function declares it: the output when any success
     * acceptor matches an output, otherwise (every success comes from an error) the union of those errors.
     */
    private static void writeResultType(TypeScriptWriter writer, Model model, ServiceShape service, SymbolProvider symbols,
            WaiterOfOperation w, Symbol output) {
        List<Symbol> errors = new ArrayList<>();
        boolean succeedsOnOutput = false;
        for (Acceptor acceptor : w.waiter().getAcceptors()) {
            if (acceptor.getState() != AcceptorState.SUCCESS) {
                continue;
            }
            if (acceptor.getMatcher() instanceof Matcher.ErrorTypeMember error) {
                StructureShape shape = errorShape(model, service, w.operation(), error.getValue())
                    .orElseThrow(() -> new CodegenException("waiter " + w.name() + " succeeds on " + error.getValue()
                        + ", which is not an error of " + w.operation().getId()));
                errors.add(typeOnly(symbols.toSymbol(shape)));
            } else {
                succeedsOnOutput = true;
            }
        }
        if (succeedsOnOutput || errors.isEmpty()) {
            writer.writeInline("$T", output);
            return;
        }
        for (int i = 0; i < errors.size(); i++) {
            writer.writeInline(i == 0 ? "$T" : " | $T", errors.get(i));
        }
    }

    private static Optional<StructureShape> errorShape(Model model, ServiceShape service, OperationShape operation, String name) {
        return OperationIndex.of(model).getErrors(service, operation).stream()
            .filter(e -> e.getId().toString().equals(name) || e.getId().getName(service).equals(name))
            .findFirst();
    }

    /** The waiter's documentation, the conditions its acceptors end on, and what it returns and throws. */
    private static String docs(ServiceShape service, WaiterOfOperation w, String command) {
        StringBuilder docs = new StringBuilder(w.waiter().getDocumentation().orElse("Waits on " + command + ".").strip());
        String success = conditions(service, w.waiter(), AcceptorState.SUCCESS);
        String failure = conditions(service, w.waiter(), AcceptorState.FAILURE);
        docs.append("\n\nIt polls {@link ").append(command).append("} from ").append(w.waiter().getMinDelay())
            .append(" s, backing off to ").append(w.waiter().getMaxDelay()).append(" s between calls, until ")
            .append(success.isEmpty() ? "it succeeds" : success).append(".");
        if (!failure.isEmpty()) {
            docs.append(" It stops with a {@link WaiterFailedError} when ").append(failure).append(".");
        }
        docs.append("\n\n@param params - The client, `maxWaitTime` in seconds, and optionally `minDelay`, `maxDelay` and `abortSignal`.")
            .append("\n@param input - The input to {@link ").append(command).append("} for polling.")
            .append("\n@returns `{ state: \"SUCCESS\", reason }`, where `reason` is the response that ended the wait.")
            .append("\n@throws {@link WaiterFailedError} when a failure condition matched: the last status, its details and the")
            .append(" last response's `$metadata` are on the error.")
            .append("\n@throws {@link WaiterTimeoutError} (named `TimeoutError`) when `maxWaitTime` ran out.")
            .append("\n@throws {@link WaiterAbortedError} (named `AbortError`) when `abortSignal` fired.")
            .append("\n@public");
        return docs.toString();
    }

    /** "`status` is `ACTIVE`", "the call fails with `ResourceNotFoundException`", joined with "or"; "" if none. */
    static String conditions(ServiceShape service, Waiter waiter, AcceptorState state) {
        Map<String, List<String>> valuesByPath = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Acceptor acceptor : waiter.getAcceptors()) {
            if (acceptor.getState() != state) {
                continue;
            }
            Matcher<?> matcher = acceptor.getMatcher();
            if (matcher instanceof Matcher.ErrorTypeMember error) {
                String name = error.getValue().contains("#") ? error.getValue().substring(error.getValue().indexOf('#') + 1)
                    : error.getValue();
                errors.add("`" + name + "`");
            } else if (matcher instanceof Matcher.SuccessMember success) {
                other.add(success.getValue() ? "the call succeeds" : "the call fails");
            } else if (matcher instanceof Matcher.OutputMember out) {
                addPath(valuesByPath, out.getValue(), "");
            } else if (matcher instanceof Matcher.InputOutputMember io) {
                addPath(valuesByPath, io.getValue(), " (of input and output)");
            }
        }
        List<String> parts = new ArrayList<>();
        valuesByPath.forEach((path, values) -> parts.add(path + " " + orList(values)));
        parts.addAll(other);
        if (!errors.isEmpty()) {
            parts.add("the call fails with " + orList(errors));
        }
        return String.join(", or ", parts);
    }

    private static void addPath(Map<String, List<String>> valuesByPath, PathMatcher path, String scope) {
        String key = switch (path.getComparator()) {
            case ALL_STRING_EQUALS -> "every `" + path.getPath() + "`" + scope + " is";
            case ANY_STRING_EQUALS -> "any `" + path.getPath() + "`" + scope + " is";
            default -> "`" + path.getPath() + "`" + scope + " is";
        };
        valuesByPath.computeIfAbsent(key, k -> new ArrayList<>()).add("`" + path.getExpected() + "`");
    }

    private static String orList(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /**
     * The output member the waiter's output matchers compare, when they all compare one top-level member, and its
     * details member if the output has one.
     */
    static Optional<StatusMembers> statusMembers(Model model, WaiterOfOperation w) {
        Set<String> paths = new LinkedHashSet<>();
        for (Acceptor acceptor : w.waiter().getAcceptors()) {
            if (acceptor.getMatcher() instanceof Matcher.OutputMember out
                    && out.getValue().getComparator() == PathComparator.STRING_EQUALS) {
                paths.add(out.getValue().getPath());
            }
        }
        if (paths.size() != 1) {
            return Optional.empty();
        }
        StructureShape output = OperationIndex.of(model).expectOutputShape(w.operation());
        return output.getMember(paths.iterator().next()).map(status -> new StatusMembers(status,
            DETAILS_SUFFIXES.stream().map(suffix -> output.getMember(status.getMemberName() + suffix))
                .flatMap(Optional::stream).findFirst()));
    }

    /**
     * Types {@code status} and {@code statusDetails} on every waiter error, when all of this service's waiters read
     * them from members of the same types; otherwise they stay {@code string} and {@code unknown}.
     */
    private static void writeStatusTypes(TypeScriptWriter writer, SymbolProvider symbols, Model model,
            Collection<StatusMembers> statuses) {
        Set<Symbol> statusTypes = new LinkedHashSet<>();
        Set<Optional<Symbol>> detailTypes = new LinkedHashSet<>();
        for (StatusMembers s : statuses) {
            statusTypes.add(typeOf(symbols, model, s.status()));
            detailTypes.add(s.details().map(d -> typeOf(symbols, model, d)));
        }
        if (statusTypes.size() != 1 || detailTypes.size() != 1) {
            return;
        }
        Symbol status = statusTypes.iterator().next();
        Optional<Symbol> details = detailTypes.iterator().next();
        writer.write("");
        writer.write("// The status fields of this client's waiter errors, typed as the output members the waiters read.");
        writer.openBlock("declare module \"./WaiterError\" {", "}", () ->
            writer.openBlock("interface WaiterStatusTypes {", "}", () -> {
                writer.write("status: $T;", status);
                details.ifPresent(d -> writer.write("statusDetails: $T;", d));
            }));
    }

    private static Symbol typeOf(SymbolProvider symbols, Model model, MemberShape member) {
        Symbol symbol = symbols.toSymbol(model.expectShape(member.getTarget()));
        return symbol.getNamespace().isEmpty() ? symbol : typeOnly(symbol);
    }

    /** The symbol as a type-only import of its own name, without the references (an error's base class) it carries. */
    private static Symbol typeOnly(Symbol symbol) {
        return Symbol.builder().name(symbol.getName()).namespace(symbol.getNamespace(), symbol.getNamespaceDelimiter())
            .putProperty("typeOnly", true).build();
    }

    /** Appends to the aggregated client's module the call that redefines its waiter methods around the typed ones. */
    private static void writeAggregatedClientMethods(TypeScriptCodegenContext context) {
        Symbol client = context.symbolProvider().toSymbol(context.settings().getService(context.model()));
        String aggregated = client.getName().endsWith("Client")
            ? client.getName().substring(0, client.getName().length() - "Client".length()) : client.getName();
        String file = Paths.get(CodegenUtils.SOURCE_FOLDER, aggregated + ".ts").toString();
        if (!context.writerDelegator().getWriters().containsKey(file)) {
            throw new CodegenException("WaiterErrorsIntegration expected the aggregated client in " + file);
        }
        context.writerDelegator().useFileWriter(file, writer -> {
            writer.addRelativeImport("replaceWaiterMethods", null, Paths.get(RUNTIME.modulePath("aggregatedClientWaiters")));
            writer.addRelativeImport("typedWaiters", null, Paths.get(RUNTIME.modulePath(WAITERS_MODULE)));
            writer.write("// Added by WaiterErrorsIntegration: the waiter methods throw typed waiter errors, as the functions do.");
            writer.write("replaceWaiterMethods($L, typedWaiters);", aggregated);
        });
    }

}
