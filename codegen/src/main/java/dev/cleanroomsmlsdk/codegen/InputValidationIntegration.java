package dev.cleanroomsmlsdk.codegen;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.TypeScriptSettings;
import software.amazon.smithy.typescript.codegen.integration.RuntimeClientPlugin;
import software.amazon.smithy.typescript.codegen.integration.TypeScriptIntegration;
import software.amazon.smithy.utils.StringUtils;

/**
 * Client-side input validation, derived from the model.
 *
 * <p>The stock generator leaves constraint traits to the service: an empty ARN is sent as {@code GET /audience-model/}
 * and a missing label only fails deep in serialization with a plain {@code Error}. This integration makes the client
 * refuse such input itself, before anything is built or sent, with a typed {@code InputValidationError}:
 * <ul>
 *   <li>{@code src/validation/inputConstraints.ts}: one constraint table per operation input
 *       ({@link InputConstraintTables}), plus a map of all tables keyed by operation name. The tables state every
 *       constraint and are exported as plain data, so other packages (the local endpoint) check the same rules
 *       without retyping them.</li>
 *   <li>The checker, the error class, the middleware and the {@code inputValidation} client option, copied unchanged
 *       from {@code codegen/runtime/src/validation/}. The option picks how many of a table's rules the client
 *       enforces: by default what botocore refuses plus what the request cannot be built without (Smithy leaves
 *       constraint traits to the server), {@code "strict"} all of them, {@code false} only the HTTP labels.</li>
 *   <li>Two {@link RuntimeClientPlugin}s: the client option, and the middleware added to every command with that
 *       command's table.</li>
 *   <li>One line appended to the generated protocol test suite, whose response tests send placeholder labels.</li>
 * </ul>
 */
public final class InputValidationIntegration implements TypeScriptIntegration, ThrownErrors {

    static final RuntimeFeature RUNTIME = new RuntimeFeature("validation", TypeScriptDependency.SMITHY_TYPES);
    static final String CONSTRAINTS_MODULE = "inputConstraints";
    static final String BY_OPERATION = "InputConstraintsByOperation";

    private static final String CONFIG_MODULE = "inputValidationConfig";
    private static final String PROTOCOL_TEST_FOLDER = "test/functional/";

    @Override
    public String name() {
        return "cleanroomsml-input-validation";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            // The `inputValidation` client option (true, "strict" or false; true when omitted), resolved once per client.
            RuntimeClientPlugin.builder()
                .inputConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "InputValidationInputConfig"))
                .resolvedConfig(RUNTIME.typeSymbol(CONFIG_MODULE, "InputValidationResolvedConfig"))
                .resolveFunction(RUNTIME.symbol(CONFIG_MODULE, "resolveInputValidationConfig"))
                .build(),
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol("inputValidationPlugin", "getInputValidationPlugin"))
                // Each command passes its own table; the key differs from the symbol name, so the generator writes
                // `constraints: GetAudienceModelInputConstraints` and imports it.
                .additionalPluginFunctionParamsSupplier(
                    (model, service, operation) -> Map.of("constraints", tableSymbol(service, operation))
                )
                // An operation predicate makes this a command plugin (each command passes its own table) rather
                // than one added once to the client's stack.
                .operationPredicate((model, service, operation) -> true)
                .build()
        );
    }

    @Override
    public void customize(TypeScriptCodegenContext context) {
        TypeScriptSettings settings = context.settings();
        if (!settings.generateClient()) {
            return;
        }
        RUNTIME.copy(context);
        writeTables(context, context.model(), settings.getService(context.model()));
        RUNTIME.writeIndex(context, writer -> {
            writer.write("export * from \"./InputValidationError\";");
            writer.write("export * from \"./checkInput\";");
            writer.write("export * from \"./$L\";", CONSTRAINTS_MODULE);
            writer.write("export type { InputValidationInputConfig, InputValidationOption } from \"./$L\";", CONFIG_MODULE);
        });
        optOutOfProtocolTests(context);
    }

    /**
     * The generated protocol compliance suite sends {@code "placeholder"} for every HTTP label in its response tests.
     * Those tests are about (de)serialization, not input checks, and the placeholder breaks the model's constraints
     * even at the client's default level: it is 11 characters long, shorter than a label's {@code @length} minimum
     * can be (the audience model ARN's is 20), which botocore refuses too. So the suite's shared client parameters
     * set {@code inputValidation: false}, which still refuses a missing or empty label (the placeholder is neither).
     * The suite was written before integrations run, and the delegator appends to it; its tests read
     * {@code clientParams} only when they run, after this line.
     */
    private static void optOutOfProtocolTests(TypeScriptCodegenContext context) {
        List<String> suites = new ArrayList<>();
        for (String file : context.writerDelegator().getWriters().keySet()) {
            if (file.replace('\\', '/').startsWith(PROTOCOL_TEST_FOLDER) && file.endsWith(".spec.ts")) {
                suites.add(file);
            }
        }
        suites.sort(null);
        for (String suite : suites) {
            context.writerDelegator().useFileWriter(suite, writer -> writer.write("""

                // Added by InputValidationIntegration: response tests send "placeholder" HTTP labels, which can be
                // shorter than a label's @length minimum (the default mode refuses that, as botocore does). These
                // tests check (de)serialization, so their clients check only that labels are present and not empty.
                Object.assign(clientParams, { inputValidation: false });"""));
        }
    }

    private static void writeTables(TypeScriptCodegenContext context, Model model, ServiceShape service) {
        OperationIndex operationIndex = OperationIndex.of(model);
        // TopDownIndex returns operations sorted by shape id, which keeps the file stable between runs.
        Set<OperationShape> operations = TopDownIndex.of(model).getContainedOperations(service);
        Map<String, String> byOperation = new TreeMap<>();

        context.writerDelegator().useFileWriter(RUNTIME.sourceFile(CONSTRAINTS_MODULE), writer -> {
            writer.addRelativeTypeImport("OperationInputConstraints", null,
                Paths.get(RUNTIME.modulePath("checkInput")));
            for (OperationShape operation : operations) {
                String operationName = operation.getId().getName(service);
                String tableName = tableSymbol(service, operation).getName();
                writer.writeDocs(
                    "Constraints the model puts on {@link " + operationName + "Command} input, as plain data.\n"
                        + "The client checks them before sending; servers and tests can check the same rules.\n\n"
                        + "@public"
                );
                writer.write(
                    "export const $L: OperationInputConstraints = $L;\n",
                    tableName,
                    Node.prettyPrintJson(
                        InputConstraintTables.table(model, operationName, operationIndex.expectInputShape(operation)),
                        "  ")
                );
                byOperation.put(operationName, tableName);
            }

            writer.writeDocs("Every operation's input constraints, keyed by operation name.\n\n@public");
            writer.openBlock(
                "export const $L: { readonly [operation: string]: OperationInputConstraints } = {",
                "};",
                BY_OPERATION,
                () -> byOperation.forEach((operation, table) -> writer.write("$L: $L,", operation, table))
            );
        });
    }

    private static Symbol tableSymbol(ServiceShape service, OperationShape operation) {
        return Symbol.builder()
            .namespace(RUNTIME.modulePath(CONSTRAINTS_MODULE), "/")
            .name(StringUtils.capitalize(operation.getId().getName(service)) + "InputConstraints")
            .build();
    }

    /** Every command checks its input (see {@link #getClientPlugins}), so every call can be refused this way. */
    @Override
    public List<ThrownError> thrownErrors(Model model, ServiceShape service, OperationShape operation) {
        return List.of(ThrownError.exported("InputValidationError", "client fault, nothing sent",
            "The input breaks a rule the client checks before building the request (by default a missing member, a "
                + "wrong type or a value below its minimum; every constraint with `inputValidation: \"strict\"`)."));
    }
}
