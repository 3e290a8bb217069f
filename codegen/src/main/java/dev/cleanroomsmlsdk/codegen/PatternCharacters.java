package dev.cleanroomsmlsdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a {@code @pattern} lets a string hold, read from the pattern conservatively: as UTF-16 code unit
 * ranges, or "any character" whenever the pattern does not restrict every character of the value, or uses a construct
 * this reader does not follow.
 *
 * <p>Smithy patterns are ECMA 262 regular expressions, matched without the {@code u} flag, so a class holding surrogate
 * code units admits characters outside the Basic Multilingual Plane. A pattern restricts every character only when it
 * is anchored at both ends ({@code ^...$}) without a top-level {@code |}; otherwise a value need only contain a match,
 * and any other character may surround it. Inside, the characters are the union of every literal, class and escape
 * that consumes input: lookarounds ({@code (?=...)}, {@code (?!...)}) consume nothing and are skipped, quantifiers and
 * anchors add nothing. {@code .}, negated classes, {@code \D \W \S}, back-references and property escapes count as any
 * character.
 */
final class PatternCharacters {

    static final PatternCharacters ANY = new PatternCharacters(true, List.of());

    /** ECMA 262's WhiteSpace and LineTerminator characters, which {@code \s} matches. */
    private static final int[][] WHITESPACE = {
        {0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029},
        {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF},
    };
    private static final int[][] DIGITS = {{'0', '9'}};
    private static final int[][] WORD = {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
    private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d+(,\\d*)?}");

    private final boolean any;
    private final List<int[]> ranges;

    private PatternCharacters(boolean any, List<int[]> ranges) {
        this.any = any;
        this.ranges = ranges;
    }

    boolean isAny() {
        return any;
    }

    /** Inclusive {@code [from, to]} code unit ranges; empty when {@link #isAny()}. */
    List<int[]> ranges() {
        return ranges;
    }

    /** What every character of a value matching {@code pattern} can be. */
    static PatternCharacters allowedBy(String pattern) {
        if (!pattern.startsWith("^") || !endsWithAnchor(pattern) || hasTopLevelAlternation(pattern)) {
            return ANY;
        }
        Reader reader = new Reader(pattern.substring(1, pattern.length() - 1));
        return reader.read() ? new PatternCharacters(false, List.copyOf(reader.ranges)) : ANY;
    }

    private static boolean endsWithAnchor(String pattern) {
        int backslashes = 0;
        for (int i = pattern.length() - 2; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return pattern.endsWith("$") && backslashes % 2 == 0;
    }

    private static boolean hasTopLevelAlternation(String pattern) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Walks the body of an anchored pattern, collecting what it consumes; {@link #read} is false for "any". */
    private static final class Reader {
        private final String p;
        private final List<int[]> ranges = new ArrayList<>();
        private final List<Boolean> groups = new ArrayList<>();
        private int lookarounds;
        private int i;

        Reader(String pattern) {
            this.p = pattern;
        }

        boolean read() {
            while (i < p.length()) {
                char c = p.charAt(i);
                boolean restricted = switch (c) {
                    case '\\' -> escape(false);
                    case '[' -> characterClass();
                    case '(' -> openGroup();
                    case ')' -> closeGroup();
                    case '.' -> add(null);
                    case '^', '$', '|', '*', '+', '?' -> skip(1);
                    case '{' -> quantifierOrLiteral();
                    default -> add(new int[][] {{c, c}}) && skip(1);
                };
                if (!restricted) {
                    return false;
                }
            }
            return true;
        }

        /** Adds what is consumed here (null: any character); inside a lookaround nothing is consumed. */
        private boolean add(int[][] set) {
            if (lookarounds > 0) {
                return true;
            }
            if (set == null) {
                return false;
            }
            for (int[] range : set) {
                ranges.add(range);
            }
            return true;
        }

        private boolean skip(int n) {
            i += n;
            return true;
        }

        private boolean quantifierOrLiteral() {
            Matcher m = QUANTIFIER.matcher(p).region(i, p.length());
            if (m.lookingAt()) {
                return skip(m.end() - i);
            }
            return add(new int[][] {{'{', '{'}}) && skip(1);
        }

        private boolean openGroup() {
            boolean lookaround = p.startsWith("(?=", i) || p.startsWith("(?!", i) || p.startsWith("(?<=", i)
                || p.startsWith("(?<!", i);
            groups.add(lookaround);
            if (lookaround) {
                lookarounds++;
                return skip(p.startsWith("(?<", i) ? 4 : 3);
            }
            if (p.startsWith("(?:", i)) {
                return skip(3);
            }
            if (p.startsWith("(?<", i)) {
                int close = p.indexOf('>', i);
                return close > 0 && skip(close + 1 - i);
            }
            return skip(1);
        }

        private boolean closeGroup() {
            if (groups.isEmpty()) {
                return false;
            }
            if (groups.remove(groups.size() - 1)) {
                lookarounds--;
            }
            return skip(1);
        }

        /** {@code \x} outside or inside a class; {@code i} is at the backslash and ends after the escape. */
        private boolean escape(boolean inClass) {
            int[][] set = escapeSet(inClass);
            return set != null && add(set);
        }

        private int[][] escapeSet(boolean inClass) {
            if (i + 1 >= p.length()) {
                return null;
            }
            char e = p.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'd':
                    return DIGITS;
                case 'w':
                    return WORD;
                case 's':
                    return WHITESPACE;
                case 'b':
                    // A word boundary consumes nothing; inside a class it is backspace.
                    return inClass ? new int[][] {{8, 8}} : new int[0][];
                case 'B':
                    return new int[0][];
                case 't':
                    return single(9);
                case 'n':
                    return single(10);
                case 'v':
                    return single(11);
                case 'f':
                    return single(12);
                case 'r':
                    return single(13);
                case '0':
                    return single(0);
                case 'u':
                    return hex(4);
                case 'x':
                    return hex(2);
                case 'c':
                    if (i < p.length() && Character.isLetter(p.charAt(i))) {
                        return single(p.charAt(i++) % 32);
                    }
                    return null;
                case 'D', 'W', 'S', 'p', 'P', 'k', '1', '2', '3', '4', '5', '6', '7', '8', '9':
                    return null;
                default:
                    return single(e);
            }
        }

        private int[][] hex(int digits) {
            if (i + digits > p.length() || !p.substring(i, i + digits).matches("[0-9a-fA-F]+")) {
                return null;
            }
            int value = Integer.parseInt(p.substring(i, i + digits), 16);
            i += digits;
            return single(value);
        }

        private static int[][] single(int c) {
            return new int[][] {{c, c}};
        }

        /** {@code [...]}: ranges, escapes and literals; a negated class is any character. */
        private boolean characterClass() {
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                return false;
            }
            List<int[]> members = new ArrayList<>();
            // In ECMA 262 a ']' right after '[' closes an empty class; it is never a literal there.
            while (i < p.length() && p.charAt(i) != ']') {
                int[][] from = classAtom();
                if (from == null) {
                    return false;
                }
                boolean range = from.length == 1 && from[0][0] == from[0][1] && i + 1 < p.length()
                    && p.charAt(i) == '-' && p.charAt(i + 1) != ']';
                if (range) {
                    i++;
                    int[][] to = classAtom();
                    if (to == null || to.length != 1 || to[0][0] != to[0][1] || to[0][0] < from[0][0]) {
                        return false;
                    }
                    members.add(new int[] {from[0][0], to[0][0]});
                } else {
                    members.addAll(List.of(from));
                }
            }
            if (i >= p.length()) {
                return false;
            }
            i++;
            return add(members.toArray(new int[0][]));
        }

        private int[][] classAtom() {
            char c = p.charAt(i);
            if (c == '\\') {
                return escapeSet(true);
            }
            i++;
            return single(c);
        }
    }
}
