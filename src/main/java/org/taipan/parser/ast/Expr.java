package org.taipan.parser.ast;

/**
 * {@code ast.expr}. Lists are spelled {@code java.util.List} here because {@link Expr.List}
 * takes the short name inside this interface.
 */
public sealed interface Expr extends Located {
    record BoolOp(BoolOperator op, java.util.List<Expr> values, Loc loc) implements Expr {}
    record NamedExpr(Expr target, Expr value, Loc loc) implements Expr {}
    record BinOp(Expr left, Operator op, Expr right, Loc loc) implements Expr {}
    record UnaryOp(UnaryOperator op, Expr operand, Loc loc) implements Expr {}
    record Lambda(Arguments args, Expr body, Loc loc) implements Expr {}
    record IfExp(Expr test, Expr body, Expr orelse, Loc loc) implements Expr {}
    /** {@code keys} holds {@code null} for a {@code **mapping} entry, as CPython's None. */
    record Dict(java.util.List<Expr> keys, java.util.List<Expr> values, Loc loc) implements Expr {}
    record Set(java.util.List<Expr> elts, Loc loc) implements Expr {}
    record ListComp(Expr elt, java.util.List<Comprehension> generators, Loc loc) implements Expr {}
    record SetComp(Expr elt, java.util.List<Comprehension> generators, Loc loc) implements Expr {}
    record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Loc loc) implements Expr {}
    record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Loc loc) implements Expr {}
    record Await(Expr value, Loc loc) implements Expr {}
    record Yield(Expr value, Loc loc) implements Expr {}
    record YieldFrom(Expr value, Loc loc) implements Expr {}
    record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Loc loc) implements Expr {}
    record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Loc loc) implements Expr {}
    /** {@code conversion} is -1 for none, else the code point of 's', 'r' or 'a'. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Loc loc) implements Expr {}
    record JoinedStr(java.util.List<Expr> values, Loc loc) implements Expr {}
    /**
     * {@code value} is one of: {@link ConstantValue#NONE}, {@link ConstantValue#ELLIPSIS},
     * {@code Boolean}, {@code Long} (an int that fits) or {@code java.math.BigInteger} (one that
     * does not), {@code Double}, {@link ComplexValue}, {@code String} (str) or {@code byte[]} (bytes).
     * {@code kind} is "u" for a u-prefixed string, else null.
     */
    record Constant(Object value, String kind, Loc loc) implements Expr {}
    record Attribute(Expr value, String attr, ExprContext ctx, Loc loc) implements Expr {}
    record Subscript(Expr value, Expr slice, ExprContext ctx, Loc loc) implements Expr {}
    record Starred(Expr value, ExprContext ctx, Loc loc) implements Expr {}
    record Name(String id, ExprContext ctx, Loc loc) implements Expr {}
    record List(java.util.List<Expr> elts, ExprContext ctx, Loc loc) implements Expr {}
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Loc loc) implements Expr {}
    record Slice(Expr lower, Expr upper, Expr step, Loc loc) implements Expr {}
}
