package org.taipan.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;

/**
 * Builds Taipan's AST from the compact JSON the regen script writes from CPython's {@code ast}
 * (a node is {@code [ClassName, fields..., [lineno, col, end_lineno, end_col]]}), so the code
 * generator can be tested on CPython's own trees, independently of Taipan's parser.
 */
final class CodeGenAstJson {
    private CodeGenAstJson() {}

    static Mod load(String json) {
        Object tree = new Json(json).value();
        return (Mod) build(tree, Mod.class);
    }

    private static final Map<Class<?>, Map<String, Class<?>>> SUBCLASSES = new HashMap<>();

    private static Object build(Object j, Type type) {
        if (type instanceof ParameterizedType pt) {
            Type item = pt.getActualTypeArguments()[0];
            List<Object> out = new ArrayList<>();
            for (Object x : (List<?>) ((Map<?, ?>) j).get("l")) {
                out.add(x == null ? null : build(x, item));
            }
            return out;
        }
        Class<?> cls = (Class<?>) type;
        if (j == null) {
            return cls == Object.class ? ConstantValue.NONE : null;
        }
        if (cls == int.class) {
            return Integer.parseInt((String) ((Map<?, ?>) j).get("i"));
        }
        if (cls == String.class) {
            return j;
        }
        if (cls == Object.class) {
            return constant(j);
        }
        List<?> node = (List<?>) j;
        String name = (String) node.get(0);
        if (cls.isEnum()) {
            for (Object e : cls.getEnumConstants()) {
                if (((Enum<?>) e).name().equals(name)) {
                    return e;
                }
            }
            throw new IllegalArgumentException(name);
        }
        Class<?> rec = cls.isRecord() ? cls : subclass(cls, name);
        RecordComponent[] comps = rec.getRecordComponents();
        Object[] args = new Object[comps.length];
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            types[i] = comps[i].getType();
            Object v = node.get(i + 1);
            if (comps[i].getType() == Loc.class) {
                List<?> l = (List<?>) v;
                args[i] = new Loc(num(l.get(0)), num(l.get(1)), num(l.get(2)), num(l.get(3)));
            } else {
                args[i] = build(v, comps[i].getGenericType());
            }
        }
        try {
            Constructor<?> c = rec.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(rec + ": " + e, e);
        }
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    private static Class<?> subclass(Class<?> sealed, String pyName) {
        Map<String, Class<?>> m = SUBCLASSES.computeIfAbsent(sealed, s -> {
            Map<String, Class<?>> r = new HashMap<>();
            for (Class<?> c : s.getPermittedSubclasses()) {
                r.put(c == Stmt.ExprStmt.class ? "Expr" : c.getSimpleName(), c);
            }
            return r;
        });
        Class<?> c = m.get(pyName);
        if (c == null) {
            throw new IllegalArgumentException(sealed + " has no " + pyName);
        }
        return c;
    }

    private static Object constant(Object j) {
        if (j instanceof Boolean || j instanceof String) {
            return j;
        }
        Map<?, ?> m = (Map<?, ?>) j;
        if (m.containsKey("i")) {
            BigInteger b = new BigInteger((String) m.get("i"));
            return b.bitLength() < 64 ? (Object) b.longValue() : b;
        }
        if (m.containsKey("f")) {
            return hexDouble((String) m.get("f"));
        }
        if (m.containsKey("j")) {
            List<?> l = (List<?>) m.get("j");
            return new ComplexValue(hexDouble((String) l.get(0)), hexDouble((String) l.get(1)));
        }
        if (m.containsKey("b")) {
            return HexFormat.of().parseHex((String) m.get("b"));
        }
        if (m.containsKey("c")) {
            return ConstantValue.ELLIPSIS;
        }
        if (m.containsKey("u")) {
            List<?> l = (List<?>) m.get("u");
            int[] cps = new int[l.size()];
            for (int i = 0; i < cps.length; i++) {
                cps[i] = ((Number) l.get(i)).intValue();
            }
            return AstOptimizerOps.str(cps);
        }
        throw new IllegalArgumentException(String.valueOf(j));
    }

    /** Python's float.hex() text back to a double. */
    static double hexDouble(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** A minimal JSON reader: objects become maps, arrays lists, numbers Long/Double. */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '{' -> {
                    i++;
                    Map<String, Object> m = new HashMap<>();
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skip();
                        String k = (String) value();
                        skip();
                        i++; // ':'
                        m.put(k, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return true;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return false;
                    }
                    int st = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String n = s.substring(st, i);
                    return n.contains(".") || n.contains("e") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
