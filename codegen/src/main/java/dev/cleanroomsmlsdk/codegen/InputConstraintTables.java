package dev.cleanroomsmlsdk.codegen;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.smithy.codegen.core.CodegenException;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.node.ArrayNode;
import software.amazon.smithy.model.node.Node;
import software.amazon.smithy.model.node.ObjectNode;
import software.amazon.smithy.model.shapes.EnumShape;
import software.amazon.smithy.model.shapes.IntEnumShape;
import software.amazon.smithy.model.shapes.ListShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
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

/**
 * The constraint table of an operation's input, read from the model: plain data in the shape of the runtime's
 * {@code OperationInputConstraints} ({@code codegen/runtime/src/validation/checkInput.ts}), which walks it.
 *
 * <p>Each node names its target shape and type and carries {@code required}, {@code httpLabel}, {@code length},
 * {@code range}, {@code pattern} and {@code enum} as the model states them; structures and unions list their
 * constrained {@code members}, lists their {@code member}, maps their {@code key} and {@code value}. Members with
 * nothing to check, at their level or below, are left out so the table stays small; a shape met again on its own path
 * is marked {@code recursive} instead of being expanded forever.
 */
final class InputConstraintTables {

    private static final BigDecimal MAX_SAFE_INTEGER = BigDecimal.valueOf(9007199254740991L);

    private InputConstraintTables() {
    }

    /** The table for an operation's input structure. */
    static ObjectNode table(Model model, String operationName, StructureShape input) {
        ObjectNode.Builder table = ObjectNode.builder()
            .withMember("operation", operationName)
            .withMember("shape", input.getId().toString())
            .withMember("type", input.getType().toString());
        ObjectNode members = membersOf(model, input, new HashSet<>(Set.of(input.getId())));
        if (!members.isEmpty()) {
            table.withMember("members", members);
        }
        return table.build();
    }

    /** Constraint nodes for the members of a structure or union, in model order. */
    private static ObjectNode membersOf(Model model, Shape container, Set<ShapeId> path) {
        ObjectNode.Builder members = ObjectNode.builder();
        for (MemberShape member : container.members()) {
            describe(model, member, path).ifPresent(node -> members.withMember(member.getMemberName(), node));
        }
        return members.build();
    }

    private static Optional<ObjectNode> describe(Model model, MemberShape member, Set<ShapeId> path) {
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

    private static boolean describeChildren(Model model, Shape target, Set<ShapeId> path, ObjectNode.Builder node) {
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
    static Node number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            if (stripped.abs().compareTo(MAX_SAFE_INTEGER) > 0) {
                throw new CodegenException("@range bound is not a safe JavaScript integer: " + value);
            }
            return Node.from(stripped.longValueExact());
        }
        return Node.from(value.doubleValue());
    }
}
