package dev.cleanroomsmlsdk.codegen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.smithy.model.Model;
import software.amazon.smithy.model.knowledge.OperationIndex;
import software.amazon.smithy.model.shapes.CollectionShape;
import software.amazon.smithy.model.shapes.EnumShape;
import software.amazon.smithy.model.shapes.MapShape;
import software.amazon.smithy.model.shapes.MemberShape;
import software.amazon.smithy.model.shapes.OperationShape;
import software.amazon.smithy.model.shapes.ServiceShape;
import software.amazon.smithy.model.shapes.Shape;
import software.amazon.smithy.model.shapes.ShapeId;
import software.amazon.smithy.model.shapes.StructureShape;
import software.amazon.smithy.model.traits.EnumDefinition;
import software.amazon.smithy.model.traits.EnumTrait;
import software.amazon.smithy.model.traits.HttpHeaderTrait;
import software.amazon.smithy.model.traits.HttpPayloadTrait;
import software.amazon.smithy.model.traits.HttpPrefixHeadersTrait;
import software.amazon.smithy.model.traits.HttpResponseCodeTrait;
import software.amazon.smithy.model.traits.JsonNameTrait;
import software.amazon.smithy.model.traits.LengthTrait;
import software.amazon.smithy.model.traits.PatternTrait;
import software.amazon.smithy.model.traits.SparseTrait;
import software.amazon.smithy.model.traits.TimestampFormatTrait;

/**
 * The largest response body, in bytes, that an operation's model allows under restJson1, and the default
 * {@code maxResponseBytes} derived from it.
 *
 * <p>The bound is the larger of the output body and each error body, each computed as compact JSON with every member
 * present and at its largest:
 * <ul>
 *   <li>a string at its {@code @length} maximum, counted in Unicode scalar values (Smithy's unit), each character at the
 *       most bytes JSON escaping can give it (see {@link #worstCharBytes}), for the characters its {@code @pattern}
 *       allows ({@link PatternCharacters}); an enum at its longest value;</li>
 *   <li>a list or map at its {@code @length} maximum number of entries, each entry at its largest ({@code null} for a
 *       sparse one if that is longer); a union at its largest member; a blob as base64 of its maximum length;</li>
 *   <li>a timestamp in the longest text of its format: {@code date-time} with nanoseconds and a numeric offset
 *       ({@code 1985-04-12T23:20:50.123456789+00:00}), {@code http-date} with nanoseconds, {@code epoch-seconds} as a
 *       signed 13-digit number with 9 decimals; numbers in their longest decimal text (a double's shortest round-trip
 *       form with an exponent, 24 characters);</li>
 *   <li>members bound to HTTP headers or the status code are not in the body; an {@code @httpPayload} member is the
 *       whole body; an error body also gets the {@code "__type"} field AWS services may add, holding the shape id.</li>
 * </ul>
 * What the model leaves unbounded is bounded by an assumption, and named in {@link Bound#assumptions()}: a string
 * without {@code @length} maximum {@value #ASSUMED_STRING_LENGTH} characters, a blob {@value #ASSUMED_BLOB_BYTES}
 * bytes, a list or map {@value #ASSUMED_ENTRIES} entries, a document, big number or recursive shape met again
 * {@value #ASSUMED_OPAQUE_BYTES} bytes. JSON whitespace is not counted (AWS services send compact JSON).
 *
 * <p>The default limit is {@link #defaultLimit}: twice the bound, rounded up to a multiple of 64 KiB, and at least
 * 1 MiB. The margin absorbs members the service may add after a client was generated, error bodies from proxies, and
 * anything the assumptions miss; the floor keeps operations with tiny bodies clear of a proxy's error page.
 */
final class ResponseSizeBound {

    static final long ASSUMED_STRING_LENGTH = 8_192;
    static final long ASSUMED_BLOB_BYTES = 65_536;
    static final long ASSUMED_ENTRIES = 1_000;
    static final long ASSUMED_OPAQUE_BYTES = 65_536;
    static final long LIMIT_ROUNDING = 64 * 1024;
    static final long LIMIT_FLOOR = 1024 * 1024;

    /** {@code 1985-04-12T23:20:50.123456789+00:00}: RFC 3339 with nanoseconds and a numeric offset. */
    static final int DATE_TIME_CHARS = 35;
    /** {@code Sun, 06 Nov 1994 08:49:37.123456789 GMT}: IMF-fixdate with nanoseconds. */
    static final int HTTP_DATE_CHARS = 39;
    /** {@code -8640000000000.123456789}: JavaScript's Date range in seconds, with nanoseconds. */
    static final int EPOCH_SECONDS_CHARS = 24;

    /**
     * A body's largest size and the members whose size the model does not bound (each with the assumption made).
     *
     * @param bytes       the largest well-formed body, in bytes
     * @param shape       the shape whose body that is (the output structure or an error)
     * @param assumptions where an assumption stood in for a bound, e.g.
     *                    {@code statusDetails.message (string without `@length` max: 8192 characters assumed)}
     */
    record Bound(long bytes, ShapeId shape, List<String> assumptions) {
    }

    private final Model model;
    private final List<String> assumptions = new ArrayList<>();

    private ResponseSizeBound(Model model) {
        this.model = model;
    }

    /** The bounds of the operation's output body and of each of its errors (the service's errors included). */
    static List<Bound> ofOperation(Model model, ServiceShape service, OperationShape operation) {
        OperationIndex index = OperationIndex.of(model);
        List<Bound> bounds = new ArrayList<>();
        bounds.add(ofBody(model, index.expectOutputShape(operation), false));
        for (StructureShape error : index.getErrors(operation, service)) {
            bounds.add(ofBody(model, error, true));
        }
        return bounds;
    }

    /** The largest of several bounds (the first of equals). */
    static Bound largest(List<Bound> bounds) {
        Bound largest = bounds.get(0);
        for (Bound bound : bounds) {
            if (bound.bytes() > largest.bytes()) {
                largest = bound;
            }
        }
        return largest;
    }

    /** The largest body of an output or error structure. */
    static Bound ofBody(Model model, StructureShape shape, boolean isError) {
        ResponseSizeBound sizes = new ResponseSizeBound(model);
        Set<ShapeId> path = new HashSet<>(Set.of(shape.getId()));
        Optional<MemberShape> payload = shape.members().stream().filter(m -> m.hasTrait(HttpPayloadTrait.class)).findFirst();
        long bytes;
        if (payload.isPresent()) {
            bytes = sizes.payload(payload.get(), path);
        } else {
            List<Long> members = new ArrayList<>();
            for (MemberShape member : shape.members()) {
                if (!inHeadersOrStatus(member)) {
                    members.add(sizes.member(member, path, member.getMemberName()));
                }
            }
            if (isError) {
                // "__type":"namespace#Name"
                members.add(textBytes("__type") + 1 + textBytes(shape.getId().toString()));
            }
            bytes = object(members);
        }
        return new Bound(bytes, shape.getId(), List.copyOf(sizes.assumptions));
    }

    /** Twice the bound, rounded up to a multiple of 64 KiB, and at least 1 MiB. */
    static long defaultLimit(long bound) {
        long doubled = Math.multiplyExact(bound, 2);
        long rounded = (doubled + LIMIT_ROUNDING - 1) / LIMIT_ROUNDING * LIMIT_ROUNDING;
        return Math.max(LIMIT_FLOOR, rounded);
    }

    /**
     * The most bytes one character can take in a JSON string, for the worst of the characters a set allows. An encoder
     * may write a character as itself in UTF-8 or escaped; the worst case per character is:
     * <ul>
     *   <li>12 for a character outside the Basic Multilingual Plane (a surrogate pair of {@code \}{@code uXXXX} escapes,
     *       as ASCII-only encoders write it; 4 in UTF-8): any set holding surrogate code units, or any character;</li>
     *   <li>6 for any other non-ASCII character ({@code \}{@code uXXXX}; at most 3 in UTF-8), for control characters and
     *       DEL, and for {@code < > & ' =}, which HTML-safe encoders (Go's, Gson's) write as {@code \}{@code u003c} and
     *       the like;</li>
     *   <li>2 for {@code " \ /} ({@code /} because some encoders write {@code \/});</li>
     *   <li>1 for any other ASCII character.</li>
     * </ul>
     */
    static int worstCharBytes(PatternCharacters allowed) {
        if (allowed.isAny()) {
            return 12;
        }
        int worst = 1;
        for (int[] range : allowed.ranges()) {
            worst = Math.max(worst, worstCharBytes(range[0], range[1]));
        }
        return worst;
    }

    private static int worstCharBytes(int from, int to) {
        if (to >= 0xD800 && from <= 0xDFFF) {
            return 12;
        }
        if (to >= 0x80 || from <= 0x1F || (from <= 0x7F && to >= 0x7F)) {
            return 6;
        }
        for (char c : new char[] {'<', '>', '&', '\'', '='}) {
            if (from <= c && c <= to) {
                return 6;
            }
        }
        for (char c : new char[] {'"', '\\', '/'}) {
            if (from <= c && c <= to) {
                return 2;
            }
        }
        return 1;
    }

    private static boolean inHeadersOrStatus(MemberShape member) {
        return member.hasTrait(HttpHeaderTrait.class) || member.hasTrait(HttpPrefixHeadersTrait.class)
            || member.hasTrait(HttpResponseCodeTrait.class);
    }

    /** An {@code @httpPayload} member: JSON for structures, unions and documents; raw bytes or text otherwise. */
    private long payload(MemberShape member, Set<ShapeId> path) {
        Shape target = model.expectShape(member.getTarget());
        String where = member.getMemberName();
        return switch (target.getType()) {
            case BLOB -> member.getMemberTrait(model, LengthTrait.class).flatMap(LengthTrait::getMax)
                .orElseGet(() -> assume(where, "blob payload without `@length` max", ASSUMED_BLOB_BYTES, "bytes"));
            // Raw text: UTF-8, nothing escaped; at most 4 bytes a character.
            case STRING, ENUM -> enumValues(target).isEmpty()
                ? Math.multiplyExact(stringLength(member, where), 4L)
                : enumValues(target).stream().mapToLong(v -> v.getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
            default -> value(member, path, where);
        };
    }

    /** {@code "jsonName":value} for a structure or union member. */
    private long member(MemberShape member, Set<ShapeId> path, String where) {
        String name = member.getTrait(JsonNameTrait.class).map(JsonNameTrait::getValue).orElse(member.getMemberName());
        return textBytes(name) + 1 + value(member, path, where);
    }

    /** The largest JSON text of the value a member holds. */
    private long value(MemberShape member, Set<ShapeId> path, String where) {
        Shape target = model.expectShape(member.getTarget());
        if (path.contains(target.getId())) {
            return assume(where, "recursive reference to " + target.getId().getName(), ASSUMED_OPAQUE_BYTES, "bytes");
        }
        return switch (target.getType()) {
            case BOOLEAN -> 5;
            case BYTE -> 4;
            case SHORT -> 6;
            case INTEGER, INT_ENUM -> 11;
            case LONG -> 20;
            case FLOAT -> 16;
            case DOUBLE -> 24;
            case BIG_INTEGER, BIG_DECIMAL -> assume(where, "big number", ASSUMED_OPAQUE_BYTES, "bytes");
            case DOCUMENT -> assume(where, "document", ASSUMED_OPAQUE_BYTES, "bytes");
            case TIMESTAMP -> timestamp(member);
            case BLOB -> blob(member, where);
            case ENUM -> longestEnumValue(target);
            case STRING -> enumValues(target).isEmpty() ? string(member, where) : longestEnumValue(target);
            case LIST, SET -> list(member, (CollectionShape) target, path, where);
            case MAP -> map(member, (MapShape) target, path, where);
            case STRUCTURE, UNION -> structureOrUnion(target, path, where);
            default -> throw new IllegalStateException("unexpected member target " + target.getId() + " at " + where);
        };
    }

    private long structureOrUnion(Shape shape, Set<ShapeId> path, String where) {
        Set<ShapeId> inner = new HashSet<>(path);
        inner.add(shape.getId());
        List<Long> members = new ArrayList<>();
        for (MemberShape member : shape.members()) {
            members.add(member(member, inner, where + "." + member.getMemberName()));
        }
        if (shape.isUnionShape()) {
            // One member is set: {"name":value}.
            return 2 + members.stream().mapToLong(Long::longValue).max().orElse(0);
        }
        return object(members);
    }

    private long list(MemberShape member, CollectionShape list, Set<ShapeId> path, String where) {
        long entries = entries(member, where, "list");
        Set<ShapeId> inner = new HashSet<>(path);
        inner.add(list.getId());
        long item = value(list.getMember(), inner, where + "[]");
        if (list.hasTrait(SparseTrait.class)) {
            item = Math.max(item, 4);
        }
        // [item,item,...]
        return 2 + Math.multiplyExact(entries, item) + Math.max(0, entries - 1);
    }

    private long map(MemberShape member, MapShape map, Set<ShapeId> path, String where) {
        long entries = entries(member, where, "map");
        Set<ShapeId> inner = new HashSet<>(path);
        inner.add(map.getId());
        long key = value(map.getKey(), inner, where + "{key}");
        long value = value(map.getValue(), inner, where + "{}");
        if (map.hasTrait(SparseTrait.class)) {
            value = Math.max(value, 4);
        }
        // {key:value,key:value,...}
        return 2 + Math.multiplyExact(entries, key + 1 + value) + Math.max(0, entries - 1);
    }

    private long entries(MemberShape member, String where, String kind) {
        return member.getMemberTrait(model, LengthTrait.class).flatMap(LengthTrait::getMax)
            .orElseGet(() -> assume(where, kind + " without `@length` max", ASSUMED_ENTRIES, "entries"));
    }

    private long string(MemberShape member, String where) {
        PatternCharacters allowed = member.getMemberTrait(model, PatternTrait.class)
            .map(p -> PatternCharacters.allowedBy(p.getValue()))
            .orElse(PatternCharacters.ANY);
        return 2 + Math.multiplyExact(stringLength(member, where), worstCharBytes(allowed));
    }

    private long stringLength(MemberShape member, String where) {
        return member.getMemberTrait(model, LengthTrait.class).flatMap(LengthTrait::getMax)
            .orElseGet(() -> assume(where, "string without `@length` max", ASSUMED_STRING_LENGTH, "characters"));
    }

    private long blob(MemberShape member, String where) {
        long bytes = member.getMemberTrait(model, LengthTrait.class).flatMap(LengthTrait::getMax)
            .orElseGet(() -> assume(where, "blob without `@length` max", ASSUMED_BLOB_BYTES, "bytes"));
        // Base64, 4 characters per 3 bytes; its alphabet has '/', which some encoders write as \/.
        return 2 + Math.multiplyExact((bytes + 2) / 3 * 4, 2L);
    }

    private long timestamp(MemberShape member) {
        String format = member.getMemberTrait(model, TimestampFormatTrait.class)
            .map(TimestampFormatTrait::getValue)
            // restJson1's default for timestamps in a JSON body.
            .orElse(TimestampFormatTrait.EPOCH_SECONDS);
        return switch (format) {
            case TimestampFormatTrait.DATE_TIME -> 2 + DATE_TIME_CHARS;
            case TimestampFormatTrait.HTTP_DATE -> 2 + HTTP_DATE_CHARS;
            default -> EPOCH_SECONDS_CHARS;
        };
    }

    /** The longest value of an enum (or a string with the legacy @enum trait), quoted and escaped. */
    private static long longestEnumValue(Shape shape) {
        return enumValues(shape).stream().mapToLong(ResponseSizeBound::textBytes).max().orElse(2);
    }

    private static List<String> enumValues(Shape shape) {
        List<String> values = new ArrayList<>();
        if (shape instanceof EnumShape e) {
            values.addAll(e.getEnumValues().values());
        }
        shape.getTrait(EnumTrait.class).ifPresent(t -> t.getValues().stream().map(EnumDefinition::getValue).forEach(values::add));
        return values;
    }

    /** A known string as a JSON string: quoted, each character at its worst escaping, whatever the encoder. */
    static long textBytes(String text) {
        return 2 + text.codePoints().mapToLong(c -> c > 0xFFFF ? 12 : worstCharBytes(c, c)).sum();
    }

    /** {a,b,c}: braces, members, commas. */
    private static long object(List<Long> members) {
        return 2 + members.stream().mapToLong(Long::longValue).sum() + Math.max(0, members.size() - 1);
    }

    private long assume(String where, String what, long value, String unit) {
        assumptions.add(where + " (" + what + ": " + value + " " + unit + " assumed)");
        return value;
    }
}
