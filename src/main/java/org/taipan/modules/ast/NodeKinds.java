package org.taipan.modules.ast;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.AstDump;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Operator;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.TypeIgnore;
import org.taipan.parser.ast.UnaryOperator;

/**
 * The shape of every {@code ast} class, read from the parser's records: one mechanism for the
 * Python classes, both conversions and the class docs. ASDL's sum types are the sealed
 * interfaces and enums of {@code parser.ast}; a few products (ExceptHandler, TypeIgnore) are
 * records in Java but a sum with one constructor in ASDL.
 */
final class NodeKinds {
    private NodeKinds() {}

    /** How a field repeats: exactly one, optional ({@code ?}) or a list ({@code *}). */
    enum Quant { ONE, OPT, LIST }

    /**
     * A field: its Python name, ASDL type name ({@code expr}, {@code identifier}, {@code int},
     * {@code constant} …), the Java class of one value, and how it repeats.
     */
    record Field(String name, String asdl, Class<?> java, Quant quant) {
        String doc() {
            return asdl + (quant == Quant.OPT ? "?" : quant == Quant.LIST ? "*" : "") + " " + name;
        }
    }

    /**
     * An ASDL sum type (abstract Python class) or product: its name, the Java type, whether its
     * nodes carry positions (and whether the end positions may be missing).
     */
    record Sum(String name, Class<?> java, boolean located, boolean endOptional, List<Node> members) {
        // Identity: a Sum and its members refer to each other.
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A concrete class: fields in order; null {@code ctor} for enum members. */
    record Node(String name, Class<?> java, Sum sum, Field[] fields, Constructor<?> ctor,
                java.lang.reflect.Method[] getters, java.lang.reflect.Method loc) {
        boolean located() {
            return sum.located;
        }
    }

    /** The sums in ASDL's order; a product stands alone as a sum whose one member is itself. */
    static final List<Sum> SUMS = new ArrayList<>();
    static final Map<Class<?>, Node> BY_CLASS = new LinkedHashMap<>();
    static final Map<Class<?>, Sum> SUM_OF = new LinkedHashMap<>();

    static {
        sum("mod", Mod.class, false, false);
        sum("stmt", Stmt.class, true, true);
        sum("expr", Expr.class, true, true);
        sum("expr_context", ExprContext.class, false, false);
        sum("boolop", BoolOperator.class, false, false);
        sum("operator", Operator.class, false, false);
        sum("unaryop", UnaryOperator.class, false, false);
        sum("cmpop", CmpOp.class, false, false);
        sum("comprehension", Comprehension.class, false, false);
        sum("excepthandler", ExceptHandler.class, true, true);
        sum("arguments", Arguments.class, false, false);
        sum("arg", Arg.class, true, true);
        sum("keyword", Keyword.class, true, true);
        sum("alias", Alias.class, true, true);
        sum("withitem", org.taipan.parser.ast.WithItem.class, false, false);
        sum("match_case", MatchCase.class, false, false);
        sum("pattern", Pattern.class, true, false);
        sum("type_ignore", TypeIgnore.class, false, false);
    }

    /** Products that ASDL declares as one-constructor sums (Python has an abstract base). */
    static boolean isWrappedProduct(Sum s) {
        return s.java == ExceptHandler.class || s.java == TypeIgnore.class;
    }

    /** A product type is its own (only) node class, with no abstract base. */
    static boolean isProduct(Sum s) {
        return s.java.isRecord() && !isWrappedProduct(s);
    }

    private static void sum(String name, Class<?> java, boolean located, boolean endOptional) {
        List<Node> members = new ArrayList<>();
        Sum s = new Sum(name, java, located, endOptional, members);
        SUMS.add(s);
        SUM_OF.put(java, s);
        if (java.isEnum()) {
            for (Object c : java.getEnumConstants()) {
                members.add(new Node(((Enum<?>) c).name(), java, s, new Field[0], null, null, null));
            }
        } else if (java.isRecord()) {
            members.add(node(java, s));
        } else {
            for (Class<?> c : java.getPermittedSubclasses()) {
                members.add(node(c, s));
            }
        }
        for (Node n : members) {
            if (!java.isEnum()) {
                BY_CLASS.put(n.java, n);
            }
        }
    }

    private static Node node(Class<?> c, Sum s) {
        String pyName = AstDump.pyName(c);
        List<Field> fields = new ArrayList<>();
        RecordComponent[] comps = c.getRecordComponents();
        Class<?>[] types = new Class<?>[comps.length];
        List<java.lang.reflect.Method> getters = new ArrayList<>();
        java.lang.reflect.Method loc = null;
        for (int i = 0; i < comps.length; i++) {
            RecordComponent rc = comps[i];
            types[i] = rc.getType();
            if (rc.getType() == Loc.class) {
                loc = rc.getAccessor();
                continue;
            }
            getters.add(rc.getAccessor());
            String name = AstDump.snake(rc.getName());
            Quant q;
            Class<?> one;
            if (rc.getType() == List.class) {
                q = Quant.LIST;
                Type arg = ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                one = (Class<?>) arg;
            } else {
                q = AstDump.isOptional(pyName, name) ? Quant.OPT : Quant.ONE;
                one = rc.getType();
            }
            fields.add(new Field(name, asdlName(one, name), one, q));
        }
        try {
            return new Node(pyName, c, s, fields.toArray(new Field[0]), c.getDeclaredConstructor(types),
                    getters.toArray(new java.lang.reflect.Method[0]), loc);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String asdlName(Class<?> one, String field) {
        if (one == String.class) {
            return field.equals("type_comment") || field.equals("kind") || field.equals("tag") ? "string" : "identifier";
        } else if (one == int.class) {
            return "int";
        } else if (one == Object.class) {
            return "constant";
        }
        return sumName(one);
    }

    private static String sumName(Class<?> one) {
        return switch (one.getSimpleName()) {
            case "Mod" -> "mod";
            case "Stmt" -> "stmt";
            case "Expr" -> "expr";
            case "ExprContext" -> "expr_context";
            case "BoolOperator" -> "boolop";
            case "Operator" -> "operator";
            case "UnaryOperator" -> "unaryop";
            case "CmpOp" -> "cmpop";
            case "Comprehension" -> "comprehension";
            case "ExceptHandler" -> "excepthandler";
            case "Arguments" -> "arguments";
            case "Arg" -> "arg";
            case "Keyword" -> "keyword";
            case "Alias" -> "alias";
            case "WithItem" -> "withitem";
            case "MatchCase" -> "match_case";
            case "Pattern" -> "pattern";
            case "TypeIgnore" -> "type_ignore";
            default -> throw new IllegalStateException("no ASDL type for " + one);
        };
    }

    /** The ASDL declaration CPython uses as a class's {@code __doc__}, e.g. {@code Name(identifier id, expr_context ctx)}. */
    static String doc(Node n) {
        StringBuilder b = new StringBuilder(n.name);
        if (n.fields.length > 0) {
            b.append('(');
            for (int i = 0; i < n.fields.length; i++) {
                b.append(i > 0 ? ", " : "").append(n.fields[i].doc());
            }
            b.append(')');
        }
        return b.toString();
    }

    /** The abstract class's doc: its constructors, one per line, as ASDL writes the sum. */
    static String doc(Sum s) {
        StringBuilder b = new StringBuilder(s.name);
        String sep = " = ";
        for (Node n : s.members) {
            b.append(sep).append(doc(n));
            sep = s.java.isEnum() ? " | " : "\n" + " ".repeat(s.name.length() + 1) + "| ";
        }
        return b.toString();
    }
}
