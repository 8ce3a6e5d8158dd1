package org.taipan.parser.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.taipan.util.PyRepr;

/**
 * Text identical to CPython 3.11's {@code ast.dump(node, include_attributes=...)} (no indent).
 * Records are walked by reflection; the accessors are looked up once per class.
 */
public final class AstDump {
    private AstDump() {}

    /** Java names that differ from the Python class names. */
    private static final Map<Class<?>, String> PY_NAMES = Map.of(
            Stmt.ExprStmt.class, "Expr",
            Arguments.class, "arguments",
            Arg.class, "arg",
            Keyword.class, "keyword",
            Alias.class, "alias",
            WithItem.class, "withitem",
            MatchCase.class, "match_case",
            Comprehension.class, "comprehension");

    /**
     * Fields ASDL marks optional ({@code ?}): ast.dump leaves them out when they are None.
     * Any other field that is null prints as {@code None}, as CPython would print it.
     */
    /** The Python class name of an AST record or enum class. */
    public static String pyName(Class<?> type) {
        return PY_NAMES.getOrDefault(type, type.getSimpleName());
    }

    /** Whether ASDL marks {@code field} of class {@code pyName} optional ({@code ?}). */
    public static boolean isOptional(String pyName, String field) {
        return OPTIONAL.contains(pyName + "." + field);
    }

    private static final Set<String> OPTIONAL = Set.of(
            "AnnAssign.value", "Assert.msg", "Assign.type_comment", "AsyncFor.type_comment",
            "AsyncFunctionDef.returns", "AsyncFunctionDef.type_comment", "AsyncWith.type_comment",
            "Constant.kind", "ExceptHandler.type", "ExceptHandler.name", "For.type_comment",
            "FormattedValue.format_spec", "FunctionDef.returns", "FunctionDef.type_comment",
            "ImportFrom.module", "ImportFrom.level", "MatchAs.pattern", "MatchAs.name",
            "MatchMapping.rest", "MatchStar.name", "Raise.exc", "Raise.cause", "Return.value",
            "Slice.lower", "Slice.upper", "Slice.step", "With.type_comment", "Yield.value",
            "alias.asname", "arg.annotation", "arg.type_comment", "arguments.vararg",
            "arguments.kwarg", "keyword.arg", "match_case.guard", "withitem.optional_vars");

    private record Field(String name, MethodHandle getter, boolean optional) {}

    private record Shape(String pyName, Field[] fields, MethodHandle loc) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private static Shape shapeOf(Class<?> type) {
        String pyName = PY_NAMES.getOrDefault(type, type.getSimpleName());
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        List<Field> fields = new ArrayList<>();
        MethodHandle loc = null;
        try {
            for (RecordComponent c : type.getRecordComponents()) {
                MethodHandle h = lookup.unreflect(c.getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
                if (c.getType() == Loc.class && c.getName().equals("loc")) {
                    loc = h;
                } else {
                    String name = snake(c.getName());
                    fields.add(new Field(name, h, OPTIONAL.contains(pyName + "." + name)));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("AST record not accessible: " + type, e);
        }
        return new Shape(pyName, fields.toArray(new Field[0]), loc);
    }

    /** camelCase to snake_case: {@code decoratorList} becomes {@code decorator_list}. */
    public static String snake(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder b = new StringBuilder(256);
        new Dumper(b, includeAttributes).value(node);
        return b.toString();
    }

    /** Python's repr of a constant value as the parser represents it (see {@link Expr.Constant}). */
    public static String constantRepr(Object v) {
        if (v == null || v == ConstantValue.NONE) {
            return "None";
        } else if (v == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        } else if (v instanceof Boolean bool) {
            return PyRepr.bool(bool);
        } else if (v instanceof Long l) {
            return PyRepr.integer(l);
        } else if (v instanceof Integer i) {
            return PyRepr.integer(i);
        } else if (v instanceof BigInteger big) {
            return PyRepr.integer(big);
        } else if (v instanceof Double d) {
            return PyRepr.floatRepr(d);
        } else if (v instanceof ComplexValue c) {
            return PyRepr.complex(c.real(), c.imag());
        } else if (v instanceof String s) {
            return PyRepr.str(s);
        } else if (v instanceof CodePointString c) {
            return PyRepr.str(c.codePoints());
        } else if (v instanceof byte[] bytes) {
            return PyRepr.bytes(bytes);
        }
        throw new IllegalArgumentException("not a constant value: " + v.getClass().getName());
    }

    private record Dumper(StringBuilder b, boolean attrs) {
        void value(Object v) {
            if (v instanceof Enum<?> e && v instanceof Node) {
                b.append(e.name()).append("()");
            } else if (v instanceof Record && v instanceof Node) {
                node(v);
            } else if (v instanceof List<?> list) {
                b.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    value(list.get(i));
                }
                b.append(']');
            } else {
                b.append(constantRepr(v));
            }
        }

        void node(Object n) {
            Shape shape = SHAPES.get(n.getClass());
            b.append(shape.pyName).append('(');
            boolean first = true;
            try {
                for (Field f : shape.fields) {
                    Object v = f.getter.invokeExact(n);
                    if (v == null && f.optional) {
                        continue;
                    }
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    b.append(f.name).append('=');
                    value(v);
                }
                if (attrs && shape.loc != null) {
                    Object o = shape.loc.invokeExact(n);
                    Loc loc = (Loc) o;
                    if (!first) {
                        b.append(", ");
                    }
                    b.append("lineno=").append(loc.lineno())
                            .append(", col_offset=").append(loc.colOffset())
                            .append(", end_lineno=").append(loc.endLineno())
                            .append(", end_col_offset=").append(loc.endColOffset());
                }
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            b.append(')');
        }
    }
}
