package org.taipan.compiler;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Operator;
import org.taipan.util.PyRepr;

/**
 * The part of CPython's AST optimizer (run before code generation) that the compile-time
 * checks can observe: which expressions become constants, and their values for the
 * duplicate-key check of mapping patterns ({@code -1}, {@code 1-2j} are folded there).
 * This folds unary operators, {@code + - *} on numbers, str/bytes concatenation, tuples of
 * constants and {@code __debug__}; CPython folds a few more binary operators (an
 * approximation that can only move the position of a rare error).
 * Values use the {@link Expr.Constant} representation; a folded tuple is a {@code List}.
 */
final class ConstantFolding {
    /** Returned for an expression that does not fold to a constant. */
    static final Object NOT_CONSTANT = new Object();
    private static final int MAX_INT_BITS = 128;
    private static final int MAX_STR_SIZE = 4096;

    private ConstantFolding() {}

    static boolean isConstant(Expr e) {
        return fold(e) != NOT_CONSTANT;
    }

    static Object fold(Expr e) {
        return switch (e) {
            case Expr.Constant c -> c.value();
            case Expr.Name n when n.ctx() == ExprContext.Load && n.id().equals("__debug__") -> Boolean.TRUE;
            case Expr.UnaryOp u -> unary(u, fold(u.operand()));
            case Expr.BinOp b -> binary(b.op(), fold(b.left()), fold(b.right()));
            case Expr.Tuple t when t.ctx() == ExprContext.Load -> {
                List<Object> items = new ArrayList<>();
                for (Expr x : t.elts()) {
                    Object v = fold(x);
                    if (v == NOT_CONSTANT) {
                        yield NOT_CONSTANT;
                    }
                    items.add(v);
                }
                yield items;
            }
            default -> NOT_CONSTANT;
        };
    }

    private static Object unary(Expr.UnaryOp u, Object v) {
        if (v == NOT_CONSTANT) {
            return v;
        }
        switch (u.op()) {
            case Not:
                return !truthy(v);
            case UAdd:
                return isNumber(v) ? (v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v) : NOT_CONSTANT;
            case USub:
                if (v instanceof Boolean || v instanceof Long || v instanceof BigInteger) {
                    return normalize(toBig(v).negate());
                }
                if (v instanceof Double d) {
                    return -d;
                }
                if (v instanceof ComplexValue c) {
                    return new ComplexValue(-c.real(), -c.imag());
                }
                return NOT_CONSTANT;
            case Invert:
                if (v instanceof Boolean || v instanceof Long || v instanceof BigInteger) {
                    return normalize(toBig(v).not());
                }
                return NOT_CONSTANT;
            default:
                return NOT_CONSTANT;
        }
    }

    private static Object binary(Operator op, Object a, Object b) {
        if (a == NOT_CONSTANT || b == NOT_CONSTANT) {
            return NOT_CONSTANT;
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof ComplexValue || b instanceof ComplexValue) {
                double[] x = complex(a);
                double[] y = complex(b);
                return switch (op) {
                    case Add -> new ComplexValue(x[0] + y[0], x[1] + y[1]);
                    case Sub -> new ComplexValue(x[0] - y[0], x[1] - y[1]);
                    case Mult -> new ComplexValue(x[0] * y[0] - x[1] * y[1], x[0] * y[1] + x[1] * y[0]);
                    default -> NOT_CONSTANT;
                };
            }
            if (a instanceof Double || b instanceof Double) {
                double x = toDouble(a);
                double y = toDouble(b);
                return switch (op) {
                    case Add -> x + y;
                    case Sub -> x - y;
                    case Mult -> x * y;
                    default -> NOT_CONSTANT;
                };
            }
            BigInteger x = toBig(a);
            BigInteger y = toBig(b);
            return switch (op) {
                case Add -> normalize(x.add(y));
                case Sub -> normalize(x.subtract(y));
                // CPython leaves products that could be huge for run time.
                case Mult -> x.bitLength() + y.bitLength() > MAX_INT_BITS ? NOT_CONSTANT : normalize(x.multiply(y));
                default -> NOT_CONSTANT;
            };
        }
        if (op == Operator.Add && a instanceof String s && b instanceof String t) {
            return s + t;
        }
        if (op == Operator.Add && a instanceof byte[] s && b instanceof byte[] t) {
            byte[] r = Arrays.copyOf(s, s.length + t.length);
            System.arraycopy(t, 0, r, s.length, t.length);
            return r;
        }
        return NOT_CONSTANT;
    }

    private static boolean isNumber(Object v) {
        return v instanceof Boolean || v instanceof Long || v instanceof BigInteger || v instanceof Double
                || v instanceof ComplexValue;
    }

    private static boolean truthy(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case ComplexValue c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case byte[] b -> b.length > 0;
            case List<?> l -> !l.isEmpty();
            case ConstantValue c -> c == ConstantValue.ELLIPSIS;
            default -> true;
        };
    }

    private static BigInteger toBig(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            default -> throw new IllegalArgumentException();
        };
    }

    private static double toDouble(Object v) {
        return v instanceof Double d ? d : toBig(v).doubleValue();
    }

    private static double[] complex(Object v) {
        return v instanceof ComplexValue c ? new double[] {c.real(), c.imag()} : new double[] {toDouble(v), 0.0};
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Python's {@code ==} between two constants (numbers compare across int, float, complex, bool). */
    static boolean pyEquals(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            double[] ca = a instanceof ComplexValue c ? new double[] {c.real(), c.imag()} : null;
            double[] cb = b instanceof ComplexValue c ? new double[] {c.real(), c.imag()} : null;
            if (ca != null || cb != null) {
                if (ca != null && cb != null) {
                    return ca[0] == cb[0] && ca[1] == cb[1];
                }
                double[] c = ca != null ? ca : cb;
                Object real = ca != null ? b : a;
                return c[1] == 0.0 && realEquals(c[0], real);
            }
            if (a instanceof Double d) {
                return realEquals(d, b);
            }
            if (b instanceof Double d) {
                return realEquals(d, a);
            }
            return toBig(a).equals(toBig(b));
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        if (a instanceof byte[] x) {
            return b instanceof byte[] y && Arrays.equals(x, y);
        }
        if (a instanceof List<?> x) {
            if (!(b instanceof List<?> y) || x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!pyEquals(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a == b;
    }

    /** A float equals an int only if it is exactly that integer. */
    private static boolean realEquals(double d, Object other) {
        if (other instanceof Double e) {
            return d == e;
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return false;
        }
        return new BigDecimal(d).compareTo(new BigDecimal(toBig(other))) == 0;
    }

    /** Python's repr of a constant value. */
    static String repr(Object v) {
        return switch (v) {
            case Boolean b -> PyRepr.bool(b);
            case Long l -> PyRepr.integer(l);
            case BigInteger b -> PyRepr.integer(b);
            case Double d -> PyRepr.floatRepr(d);
            case ComplexValue c -> PyRepr.complex(c.real(), c.imag());
            case String s -> PyRepr.str(s);
            case byte[] b -> PyRepr.bytes(b);
            case ConstantValue c -> c == ConstantValue.NONE ? "None" : "Ellipsis";
            case List<?> l -> {
                StringBuilder sb = new StringBuilder("(");
                for (int i = 0; i < l.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(repr(l.get(i)));
                }
                yield sb.append(l.size() == 1 ? ",)" : ")").toString();
            }
            default -> String.valueOf(v);
        };
    }
}
