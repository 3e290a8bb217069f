package dev.cleanroomsmlsdk.codegen;

import java.math.BigDecimal;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.codegen.core.Symbol;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.knowledge.TopDownIndex;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.EnumShape;
import software.amazon.smithy.model.shapes.IntEnumShape;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.ClientOptionalTrait;
import software.amazon.smithy.model.traits.DefaultTrait;
import software.amazon.smithy.model.traits.EnumDefinition;
import software.amazon.smithy.model.traits.EnumTrait;
import software.amazon.smithy.model.traits.HttpLabelTrait;
import software.amazon.smithy.model.traits.LengthTrait;
import software.amazon.smithy.model.traits.PatternTrait;
import software.amazon.smithy.model.traits.RangeTrait;
import software.amazon.smithy.model.traits.RequiredTrait;
import software.amazon.smithy.typescript.codegen.CodegenUtils;
import software.amazon.smithy.typescript.codegen.TypeScriptCodegenContext;
import software.amazon.smithy.typescript.codegen.TypeScriptDependency;
import software.amazon.smithy.typescript.codegen.TypeScriptSettings;
import software.amazon.smithy.typescript.codegen.TypeScriptWriter;
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
 *   <li>{@code src/validation/inputConstraints.ts}: one constraint table per operation input, written from the model's
 *       {@code @required}, {@code @length}, {@code @pattern}, {@code @range}, {@code @httpLabel} and enum values, walking
 *       nested structures, unions, lists and maps; plus a map of all tables keyed by operation name. The tables are
 *       plain data and exported, so other packages (the local endpoint) check the same rules without retyping them.</li>
 *   <li>{@code checkInput.ts}, {@code InputValidationError.ts}, {@code inputValidationPlugin.ts},
 *       {@code inputValidationConfig.ts}: a small generic checker that reads a table, the error class, the middleware
 *       and the {@code inputValidation} client option, copied from resources next to this class.</li>
 *   <li>Two {@link RuntimeClientPlugin}s: the client option, and the middleware added to every command with that
 *       command's table.</li>
 *   <li>One line appended to the generated protocol test suite, whose response tests send placeholder labels.</li>
 * </ul>
 */
public final class InputValidationIntegration implements TypeScriptIntegration {

    static final String FOLDER = "validation";
    static final String CONSTRAINTS_MODULE = "inputConstraints";
    static final String PLUGIN_MODULE = "inputValidationPlugin";
    static final String CONFIG_MODULE = "inputValidationConfig";
    static final String BY_OPERATION = "InputConstraintsByOperation";

    private static final RuntimeTemplates RUNTIME = new RuntimeTemplates(InputValidationIntegration.class, "validation/", FOLDER);
    private static final String PROTOCOL_TEST_FOLDER = "test/functional/";
    private static final BigDecimal MAX_SAFE_INTEGER = BigDecimal.valueOf(9007199254740991L);

    @Override
    public String name() {
        return "cleanroomsml-input-validation";
    }

    @Override
    public List<RuntimeClientPlugin> getClientPlugins() {
        return List.of(
            // The `inputValidation` client option (default true), resolved once per client.
            RuntimeClientPlugin.builder()
                .inputConfig(configType("InputValidationInputConfig"))
                .resolvedConfig(configType("InputValidationResolvedConfig"))
                .resolveFunction(configSymbol("resolveInputValidationConfig"))
                .build(),
            RuntimeClientPlugin.builder()
                .pluginFunction(RUNTIME.symbol(PLUGIN_MODULE, "getInputValidationPlugin"))
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
        Model model = context.model();
        ServiceShape service = settings.getService(model);

        RUNTIME.copy(context, "InputValidationError", writer -> {
            writer.addRelativeTypeImport("InputConstraint", null, Paths.get(RUNTIME.modulePath("checkInput")));
            writer.addRelativeTypeImport("InputViolation", null, Paths.get(RUNTIME.modulePath("checkInput")));
        });
        RUNTIME.copy(context, "checkInput", writer -> { });
        RUNTIME.copy(context, CONFIG_MODULE, writer -> { });
        RUNTIME.copy(context, PLUGIN_MODULE, writer -> {
            writer.addTypeImport("AbsoluteLocation", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("InitializeHandlerArguments", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("InitializeHandlerOptions", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("InitializeHandlerOutput", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("InitializeMiddleware", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("MetadataBearer", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addTypeImport("Pluggable", null, TypeScriptDependency.SMITHY_TYPES);
            writer.addRelativeTypeImport("OperationInputConstraints", null, Paths.get(RUNTIME.modulePath("checkInput")));
            writer.addRelativeImport("findInputViolation", null, Paths.get(RUNTIME.modulePath("checkInput")));
            writer.addRelativeImport("InputValidationError", null, Paths.get(RUNTIME.modulePath("InputValidationError")));
            writer.addRelativeTypeImport(
                "InputValidationResolvedConfig", null, Paths.get(RUNTIME.modulePath(CONFIG_MODULE)));
        });
        writeTables(context, model, service);

        context.writerDelegator().useFileWriter(RUNTIME.sourceFile("index"), writer -> {
            writer.write("export * from \"./InputValidationError\";");
            writer.write("export * from \"./checkInput\";");
            writer.write("export * from \"./$L\";", CONSTRAINTS_MODULE);
            writer.write("export type { InputValidationInputConfig } from \"./$L\";", CONFIG_MODULE);
            // The plugin module stays internal: commands import it directly, users never need to.
        });
        // The package index was opened before integrations run; the delegator appends to the same file.
        context.writerDelegator().useFileWriter(
            Paths.get(CodegenUtils.SOURCE_FOLDER, "index.ts").toString(),
            writer -> writer.write("export * from \"./$L\";", FOLDER)
        );
        optOutOfProtocolTests(context);
    }

    /**
     * The generated protocol compliance suite sends {@code "placeholder"} for every HTTP label in its response tests,
     * a value the model's own constraints may reject. Those tests are about (de)serialization, not input checks, so the
     * suite's shared client parameters turn validation off. The suite was written before integrations run, and the
     * delegator appends to it; its tests read {@code clientParams} only when they run, after this line.
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

                // Added by InputValidationIntegration: response tests send "placeholder" HTTP labels, which the model's
                // constraints can reject; these tests check (de)serialization, so their clients skip input validation.
                Object.assign(clientParams, { inputValidation: false });"""));
        }
    }


    private void writeTables(TypeScriptCodegenContext context, Model model, ServiceShape service) {
        OperationIndex operationIndex = OperationIndex.of(model);
        // TopDownIndex returns operations sorted by shape id, which keeps the file stable between runs.
        Set<OperationShape> operations = TopDownIndex.of(model).getContainedOperations(service);
        Map<String, String> byOperation = new TreeMap<>();

        context.writerDelegator().useFileWriter(RUNTIME.sourceFile(CONSTRAINTS_MODULE), writer -> {
            writer.addRelativeTypeImport("OperationInputConstraints", null, Paths.get(RUNTIME.modulePath("checkInput")));
            for (OperationShape operation : operations) {
                String operationName = operation.getId().getName(service);
                String tableName = tableSymbol(service, operation).getName();
                StructureShape input = operationIndex.expectInputShape(operation);

                ObjectNode.Builder table = ObjectNode.builder()
                    .withMember("operation", operationName)
                    .withMember("shape", input.getId().toString())
                    .withMember("type", input.getType().toString());
                ObjectNode members = membersOf(model, input, new HashSet<>(Set.of(input.getId())));
                if (!members.isEmpty()) {
                    table.withMember("members", members);
                }

                writer.writeDocs(
                    "Constraints the model puts on {@link " + operationName + "Command} input, as plain data.\n"
                        + "The client checks them before sending; servers and tests can check the same rules.\n\n"
                        + "@public"
                );
                writer.write(
                    "export const $L: OperationInputConstraints = $L;\n",
                    tableName,
                    Node.prettyPrintJson(table.build(), "  ")
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

    /**
     * Constraint nodes for the members of a structure or union, in model order. Members with nothing to check,
     * at their level or below, are left out so the table stays small.
     */
    private ObjectNode membersOf(Model model, Shape container, Set<ShapeId> path) {
        ObjectNode.Builder members = ObjectNode.builder();
        for (MemberShape member : container.members()) {
            describe(model, member, path).ifPresent(node -> members.withMember(member.getMemberName(), node));
        }
        return members.build();
    }

    private Optional<ObjectNode> describe(Model model, MemberShape member, Set<ShapeId> path) {
        Shape target = model.expectShape(member.getTarget());
        ObjectNode.Builder node = ObjectNode.builder()
            .withMember("shape", target.getId().toString())
            .withMember("type", target.getType().toString());
        boolean constrained = false;

        // @clientOptional and @default both mean a client may leave the member out.
        if (
            member.hasTrait(RequiredTrait.class)
                && !member.hasTrait(ClientOptionalTrait.class)
                && !member.hasTrait(DefaultTrait.class)
        ) {
            node.withMember("required", true);
            constrained = true;
        }
        if (member.hasTrait(HttpLabelTrait.class)) {
            node.withMember("httpLabel", true);
            constrained = true;
        }
        Optional<LengthTrait> length = member.getMemberTrait(model, LengthTrait.class);
        if (length.isPresent()) {
            ObjectNode.Builder bounds = ObjectNode.builder();
            length.get().getMin().ifPresent(min -> bounds.withMember("min", Node.from(min)));
            length.get().getMax().ifPresent(max -> bounds.withMember("max", Node.from(max)));
            node.withMember("length", bounds.build());
            constrained = true;
        }
        Optional<RangeTrait> range = member.getMemberTrait(model, RangeTrait.class);
        if (range.isPresent()) {
            ObjectNode.Builder bounds = ObjectNode.builder();
            range.get().getMin().ifPresent(min -> bounds.withMember("min", number(min)));
            range.get().getMax().ifPresent(max -> bounds.withMember("max", number(max)));
            node.withMember("range", bounds.build());
            constrained = true;
        }
        Optional<PatternTrait> pattern = member.getMemberTrait(model, PatternTrait.class);
        if (pattern.isPresent()) {
            node.withMember("pattern", pattern.get().getValue());
            constrained = true;
        }
        Optional<ArrayNode> enumValues = enumValues(target);
        if (enumValues.isPresent()) {
            node.withMember("enum", enumValues.get());
            constrained = true;
        }

        if (target.isStructureShape() || target.isUnionShape() || target.isListShape() || target.isMapShape()) {
            if (path.contains(target.getId())) {
                // A recursive shape: its constraints are already in the table further up this path.
                node.withMember("recursive", true);
            } else {
                path.add(target.getId());
                constrained |= describeChildren(model, target, path, node);
                path.remove(target.getId());
            }
        }
        return constrained ? Optional.of(node.build()) : Optional.empty();
    }

    private boolean describeChildren(Model model, Shape target, Set<ShapeId> path, ObjectNode.Builder node) {
        if (target instanceof ListShape list) {
            Optional<ObjectNode> member = describe(model, list.getMember(), path);
            member.ifPresent(m -> node.withMember("member", m));
            return member.isPresent();
        }
        if (target instanceof MapShape map) {
            Optional<ObjectNode> key = describe(model, map.getKey(), path);
            Optional<ObjectNode> value = describe(model, map.getValue(), path);
            key.ifPresent(k -> node.withMember("key", k));
            value.ifPresent(v -> node.withMember("value", v));
            return key.isPresent() || value.isPresent();
        }
        ObjectNode members = membersOf(model, target, path);
        if (members.isEmpty()) {
            return false;
        }
        node.withMember("members", members);
        return true;
    }

    /** Allowed values of an enum, an intEnum, or a Smithy 1.0 string carrying {@code @enum}, in model order. */
    private static Optional<ArrayNode> enumValues(Shape target) {
        if (target instanceof EnumShape enumShape) {
            return Optional.of(Node.fromStrings(new ArrayList<>(enumShape.getEnumValues().values())));
        }
        if (target instanceof IntEnumShape intEnum) {
            List<Node> values = new ArrayList<>();
            intEnum.getEnumValues().values().forEach(v -> values.add(Node.from(v)));
            return Optional.of(Node.fromNodes(values));
        }
        return target.getTrait(EnumTrait.class).map(trait -> {
            List<String> values = new ArrayList<>();
            for (EnumDefinition definition : trait.getValues()) {
                values.add(definition.getValue());
            }
            return Node.fromStrings(values);
        });
    }

    /** Range bounds are BigDecimal in the model; emit integers as integers and anything else as a double. */
    private static Node number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            if (stripped.abs().compareTo(MAX_SAFE_INTEGER) > 0) {
                throw new CodegenException("@range bound is not a safe JavaScript integer: " + value);
            }
            return Node.from(stripped.longValueExact());
        }
        return Node.from(value.doubleValue());
    }

    private static Symbol configSymbol(String name) {
        return RUNTIME.symbol(CONFIG_MODULE, name);
    }

    /** Interfaces: the client imports them with {@code import type}. */
    private static Symbol configType(String name) {
        return configSymbol(name).toBuilder().putProperty("typeOnly", true).build();
    }

    private static Symbol tableSymbol(ServiceShape service, OperationShape operation) {
        return Symbol.builder()
            .namespace(RUNTIME.modulePath(CONSTRAINTS_MODULE), "/")
            .name(StringUtils.capitalize(operation.getId().getName(service)) + "InputConstraints")
            .build();
    }
}
