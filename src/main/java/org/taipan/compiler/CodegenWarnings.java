package org.taipan.compiler;

import java.math.BigInteger;
import java.util.List;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.CodePointString;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Stmt;

/**
 * The SyntaxWarnings of CPython 3.11's code generator: "is" with a literal, calling or
 * subscripting a display or constant that cannot be ("perhaps you missed a comma?"), and an
 * assert on a nonempty tuple. Each method returns the warning's text, or null.
 */
final class CodegenWarnings {
    private CodegenWarnings() {}

    static String compare(Expr.Compare c) {
        boolean left = notLiteral(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOp op = c.ops().get(i);
            boolean right = notLiteral(c.comparators().get(i));
            if ((op == CmpOp.Is || op == CmpOp.IsNot) && !(left && right)) {
                return op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?";
            }
            left = right;
        }
        return null;
    }

    /** Not a constant, or one of the singletons that {@code is} rightly compares. */
    private static boolean notLiteral(Expr e) {
        if (!(e instanceof Expr.Constant c)) {
            return true;
        }
        Object v = c.value();
        return v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Boolean;
    }

    static String caller(Expr func) {
        return switch (func) {
            case Expr.Constant c -> notCallable(typeName(func));
            case Expr.Tuple t -> notCallable("tuple");
            case Expr.List l -> notCallable("list");
            case Expr.ListComp l -> notCallable("list");
            case Expr.Dict d -> notCallable("dict");
            case Expr.DictComp d -> notCallable("dict");
            case Expr.Set s -> notCallable("set");
            case Expr.SetComp s -> notCallable("set");
            case Expr.GeneratorExp g -> notCallable("generator");
            case Expr.JoinedStr j -> notCallable("str");
            case Expr.FormattedValue f -> notCallable("str");
            default -> null;
        };
    }

    private static String notCallable(String type) {
        return "'" + type + "' object is not callable; perhaps you missed a comma?";
    }

    /** For a subscript that loads: the subscripted value, then the index. */
    static String subscript(Expr value, Expr index) {
        boolean subscripter = switch (value) {
            case Expr.Constant c -> {
                Object v = c.value();
                yield v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Long
                        || v instanceof BigInteger || v instanceof Boolean || v instanceof Double
                        || v instanceof ComplexValue || v instanceof CodeUnit.ConstFrozenset;
            }
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (subscripter) {
            return "'" + typeName(value) + "' object is not subscriptable; perhaps you missed a comma?";
        }
        String indexType = typeName(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool")) {
            return null;
        }
        boolean sequence = switch (value) {
            case Expr.Constant c -> c.value() instanceof String || c.value() instanceof CodePointString
                    || c.value() instanceof byte[] || c.value() instanceof CodeUnit.ConstTuple
                    || c.value() instanceof List;
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        return sequence ? typeName(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?" : null;
    }

    static String assertion(Stmt.Assert a) {
        boolean tuple = a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()
                || a.test() instanceof Expr.Constant c && c.value() instanceof CodeUnit.ConstTuple ct
                        && !ct.items().isEmpty();
        return tuple ? "assertion is always true, perhaps remove parentheses?" : null;
    }

    /** The type an expression's value is known to have at compile time (CPython's infer_type), or null. */
    private static String typeName(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constantType(c.value());
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            default -> null;
        };
    }

    private static String constantType(Object v) {
        if (v == ConstantValue.NONE) {
            return "NoneType";
        } else if (v == ConstantValue.ELLIPSIS) {
            return "ellipsis";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof Long || v instanceof BigInteger) {
            return "int";
        } else if (v instanceof Double) {
            return "float";
        } else if (v instanceof ComplexValue) {
            return "complex";
        } else if (v instanceof String || v instanceof CodePointString) {
            return "str";
        } else if (v instanceof byte[]) {
            return "bytes";
        } else if (v instanceof CodeUnit.ConstTuple || v instanceof List) {
            return "tuple";
        } else if (v instanceof CodeUnit.ConstFrozenset) {
            return "frozenset";
        }
        return null;
    }
}
