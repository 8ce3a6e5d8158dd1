package org.taipan.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.UnaryOperator;

/**
 * Reads the ASTs that src/test/resources/symtable/regen serializes from python3's
 * {@code ast.parse}, so that the symbol-table tests run on CPython's own trees, independently
 * of Taipan's parser. Format: {@code (Class field… [lineno col end_lineno end_col])},
 * {@code [list]}, {@code N} (None), {@code i123}, {@code "str"} with {@code \}{@code u{hex}}
 * escapes, and {@code c…} constants.
 */
final class AstReader {
    private static final String AST = "org.taipan.parser.ast.";
    private final String s;
    private int pos;

    private AstReader(String s) {
        this.s = s;
    }

    static Node read(String text) {
        AstReader r = new AstReader(text);
        Object v = r.value();
        r.skipSpace();
        if (r.pos != text.length()) {
            throw new IllegalArgumentException("trailing text at " + r.pos);
        }
        return (Node) v;
    }

    private void skipSpace() {
        while (pos < s.length() && s.charAt(pos) == ' ') {
            pos++;
        }
    }

    private Object value() {
        skipSpace();
        char c = s.charAt(pos);
        switch (c) {
            case '(':
                return node();
            case '[': {
                pos++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (s.charAt(pos) == ']') {
                        pos++;
                        return items;
                    }
                    items.add(value());
                }
            }
            case 'N':
                pos++;
                return null;
            case 'i':
                pos++;
                return new BigInteger(word());
            case '"':
                return string();
            case 'c':
                pos++;
                return constant();
            default:
                throw new IllegalArgumentException("unexpected '" + c + "' at " + pos);
        }
    }

    private String word() {
        int start = pos;
        while (pos < s.length() && " )]".indexOf(s.charAt(pos)) < 0) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String string() {
        pos++;
        StringBuilder b = new StringBuilder();
        while (s.charAt(pos) != '"') {
            if (s.startsWith("\\u{", pos)) {
                int end = s.indexOf('}', pos);
                b.appendCodePoint(Integer.parseInt(s.substring(pos + 3, end), 16));
                pos = end + 1;
            } else {
                b.append(s.charAt(pos++));
            }
        }
        pos++;
        return b.toString();
    }

    private Object constant() {
        char kind = s.charAt(pos);
        if (kind == 's') {
            pos++;
            return new Const(string());
        }
        String w = word();
        return new Const(switch (kind) {
            case 'i' -> {
                BigInteger b = new BigInteger(w.substring(1));
                yield b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case 'f' -> parseFloat(w.substring(1));
            case 'j' -> {
                String[] parts = w.substring(1).split(",");
                yield new ComplexValue(parseFloat(parts[0]), parseFloat(parts[1]));
            }
            case 'b' -> HexFormat.of().parseHex(w.substring(1, w.length() - 1));
            default -> switch (w) {
                case "None" -> ConstantValue.NONE;
                case "Ellipsis" -> ConstantValue.ELLIPSIS;
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("constant " + w);
            };
        });
    }

    private static double parseFloat(String w) {
        return switch (w) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(w);
        };
    }

    /** A constant's value, kept apart from the other fields' strings and ints. */
    private record Const(Object value) {}

    private Object node() {
        pos++;
        String name = word();
        List<Object> fields = new ArrayList<>();
        while (true) {
            skipSpace();
            if (s.charAt(pos) == ')') {
                pos++;
                break;
            }
            fields.add(value());
        }
        return build(name, fields);
    }

    private static Object build(String name, List<Object> fields) {
        if (fields.isEmpty()) {
            for (Class<? extends Enum<?>> e : List.of(ExprContext.class, Operator.class, BoolOperator.class,
                    UnaryOperator.class, CmpOp.class)) {
                for (Enum<?> k : e.getEnumConstants()) {
                    if (k.name().equals(name)) {
                        return k;
                    }
                }
            }
        }
        Class<?> cls = nodeClass(name);
        RecordComponent[] comps = cls.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        int f = 0;
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            if (types[i] == Loc.class) {
                args[i] = new Loc(intOf(fields.get(f)), intOf(fields.get(f + 1)), intOf(fields.get(f + 2)),
                        intOf(fields.get(f + 3)));
                f += 4;
                continue;
            }
            Object v = fields.get(f++);
            if (types[i] == int.class) {
                args[i] = intOf(v);
            } else if (v instanceof Const c) {
                args[i] = c.value();
            } else {
                args[i] = v;
            }
        }
        if (f != fields.size()) {
            throw new IllegalArgumentException(name + ": " + fields.size() + " fields for " + comps.length);
        }
        try {
            Constructor<?> k = cls.getDeclaredConstructor(types);
            return k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    private static int intOf(Object v) {
        return ((BigInteger) v).intValueExact();
    }

    private static Class<?> nodeClass(String name) {
        if (name.equals("Expr")) {
            return Stmt.ExprStmt.class;
        }
        for (String outer : List.of("Stmt", "Expr", "Pattern", "Mod")) {
            try {
                return Class.forName(AST + outer + "$" + name);
            } catch (ClassNotFoundException e) {
                // try the next category
            }
        }
        String top = switch (name) {
            case "arguments" -> "Arguments";
            case "arg" -> "Arg";
            case "keyword" -> "Keyword";
            case "alias" -> "Alias";
            case "withitem" -> "WithItem";
            case "match_case" -> "MatchCase";
            case "comprehension" -> "Comprehension";
            default -> name;
        };
        try {
            return Class.forName(AST + top);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("unknown node " + name);
        }
    }
}
