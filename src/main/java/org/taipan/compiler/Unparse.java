package org.taipan.compiler;

import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ComplexValue;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.Keyword;
import org.taipan.util.PyRepr;

/**
 * Expression to source text, as CPython's compiler does it for annotations under
 * {@code from __future__ import annotations} (its C unparser, which differs in small ways from
 * {@code ast.unparse}: e.g. infinities are written {@code 1e309}, integers take a space
 * before an attribute dot).
 */
final class Unparse {
    // Precedence levels, lowest first.
    private static final int TUPLE = 0, TEST = 1, OR = 2, AND = 3, NOT = 4, CMP = 5, EXPR = 6, BOR = 6,
            BXOR = 7, BAND = 8, SHIFT = 9, ARITH = 10, TERM = 11, FACTOR = 12, POWER = 13, AWAIT = 14, ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private Unparse() {}

    static String unparse(Expr e) {
        Unparse u = new Unparse();
        u.expr(e, TEST);
        return u.sb.toString();
    }

    private void exprs(List<Expr> es, int level) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(es.get(i), level);
        }
    }

    private void open(boolean paren) {
        if (paren) {
            sb.append('(');
        }
    }

    private void close(boolean paren) {
        if (paren) {
            sb.append(')');
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                int pr = b.op() == org.taipan.parser.ast.BoolOperator.And ? AND : OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        sb.append(pr == AND ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case Expr.BinOp b -> {
                int pr;
                String op;
                switch (b.op()) {
                    case Add -> { op = " + "; pr = ARITH; }
                    case Sub -> { op = " - "; pr = ARITH; }
                    case Mult -> { op = " * "; pr = TERM; }
                    case MatMult -> { op = " @ "; pr = TERM; }
                    case Div -> { op = " / "; pr = TERM; }
                    case Mod -> { op = " % "; pr = TERM; }
                    case LShift -> { op = " << "; pr = SHIFT; }
                    case RShift -> { op = " >> "; pr = SHIFT; }
                    case BitOr -> { op = " | "; pr = BOR; }
                    case BitXor -> { op = " ^ "; pr = BXOR; }
                    case BitAnd -> { op = " & "; pr = BAND; }
                    case FloorDiv -> { op = " // "; pr = TERM; }
                    default -> { op = " ** "; pr = POWER; }
                }
                boolean rassoc = pr == POWER;
                open(level > pr);
                expr(b.left(), pr + (rassoc ? 1 : 0));
                sb.append(op);
                expr(b.right(), pr + (rassoc ? 0 : 1));
                close(level > pr);
            }
            case Expr.UnaryOp un -> {
                String op;
                int pr;
                switch (un.op()) {
                    case Not -> { op = "not "; pr = NOT; }
                    case Invert -> { op = "~"; pr = FACTOR; }
                    case UAdd -> { op = "+"; pr = FACTOR; }
                    default -> { op = "-"; pr = FACTOR; }
                }
                open(level > pr);
                sb.append(op);
                expr(un.operand(), pr);
                close(level > pr);
            }
            case Expr.Lambda l -> {
                open(level > TEST);
                int n = l.args().posonlyargs().size() + l.args().args().size() + l.args().kwonlyargs().size()
                        + (l.args().vararg() != null ? 1 : 0) + (l.args().kwarg() != null ? 1 : 0);
                sb.append(n == 0 ? "lambda" : "lambda ");
                arguments(l.args());
                sb.append(": ");
                expr(l.body(), TEST);
                close(level > TEST);
            }
            case Expr.IfExp i -> {
                open(level > TEST);
                expr(i.body(), TEST + 1);
                sb.append(" if ");
                expr(i.test(), TEST + 1);
                sb.append(" else ");
                expr(i.orelse(), TEST);
                close(level > TEST);
            }
            case Expr.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        sb.append("**");
                        expr(d.values().get(i), EXPR);
                    } else {
                        expr(d.keys().get(i), TEST);
                        sb.append(": ");
                        expr(d.values().get(i), TEST);
                    }
                }
                sb.append('}');
            }
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    sb.append("{*()}");
                } else {
                    sb.append('{');
                    exprs(s.elts(), TEST);
                    sb.append('}');
                }
            }
            case Expr.ListComp c -> {
                sb.append('[');
                expr(c.elt(), TEST);
                comprehensions(c.generators());
                sb.append(']');
            }
            case Expr.SetComp c -> {
                sb.append('{');
                expr(c.elt(), TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Expr.DictComp c -> {
                sb.append('{');
                expr(c.key(), TEST);
                sb.append(": ");
                expr(c.value(), TEST);
                comprehensions(c.generators());
                sb.append('}');
            }
            case Expr.GeneratorExp c -> {
                sb.append('(');
                expr(c.elt(), TEST);
                comprehensions(c.generators());
                sb.append(')');
            }
            case Expr.Await a -> {
                open(level > AWAIT);
                sb.append("await ");
                expr(a.value(), ATOM);
                close(level > AWAIT);
            }
            case Expr.Yield y -> {
                if (y.value() == null) {
                    sb.append("(yield)");
                } else {
                    sb.append("(yield ");
                    expr(y.value(), TEST);
                    sb.append(')');
                }
            }
            case Expr.YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value(), TEST);
                sb.append(')');
            }
            case Expr.Compare c -> {
                open(level > CMP);
                expr(c.left(), CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), CMP + 1);
                }
                close(level > CMP);
            }
            case Expr.Call c -> {
                expr(c.func(), ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
                    expr(g, TEST);
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    expr(a, TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) {
                        sb.append(", ");
                    }
                    first = false;
                    if (k.arg() == null) {
                        sb.append("**");
                    } else {
                        sb.append(k.arg()).append('=');
                    }
                    expr(k.value(), TEST);
                }
                sb.append(')');
            }
            case Expr.FormattedValue f -> {
                sb.append("f");
                sb.append(PyRepr.str(fstringBody(List.of(f))));
            }
            case Expr.JoinedStr j -> {
                sb.append("f");
                sb.append(PyRepr.str(fstringBody(j.values())));
            }
            case Expr.Constant c -> constant(c.value());
            case Expr.Attribute a -> {
                expr(a.value(), ATOM);
                boolean intConst = a.value() instanceof Expr.Constant k
                        && (k.value() instanceof Long || k.value() instanceof java.math.BigInteger);
                sb.append(intConst ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> {
                expr(s.value(), ATOM);
                sb.append('[');
                expr(s.slice(), TUPLE);
                sb.append(']');
            }
            case Expr.Starred s -> {
                sb.append('*');
                expr(s.value(), EXPR);
            }
            case Expr.Name n -> sb.append(n.id());
            case Expr.List l -> {
                sb.append('[');
                exprs(l.elts(), TEST);
                sb.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > TUPLE);
                exprs(t.elts(), TEST);
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(level > TUPLE);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), TEST);
                }
                sb.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), TEST);
                }
                if (s.step() != null) {
                    sb.append(':');
                    expr(s.step(), TEST);
                }
            }
            case Expr.NamedExpr n -> {
                open(level > TUPLE);
                expr(n.target(), ATOM);
                sb.append(" := ");
                expr(n.value(), ATOM);
                close(level > TUPLE);
            }
        }
    }

    private void constant(Object v) {
        switch (v) {
            case Double d when Double.isInfinite(d) -> sb.append(d > 0 ? "1e309" : "-1e309");
            case ComplexValue c when Double.isInfinite(c.imag()) || Double.isInfinite(c.real()) ->
                    sb.append(PyRepr.complex(c.real(), c.imag()).replace("inf", "1e309"));
            case ConstantValue c when c == ConstantValue.ELLIPSIS -> sb.append("...");
            case org.taipan.parser.ast.CodePointString c -> sb.append(PyRepr.str(c.codePoints()));
            case CodeUnit.ConstTuple t -> {
                sb.append('(');
                for (int i = 0; i < t.items().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    constant(t.items().get(i));
                }
                sb.append(t.items().size() == 1 ? ",)" : ")");
            }
            default -> sb.append(ConstantFolding.repr(v));
        }
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sb.append(g.isAsync() != 0 ? " async for " : " for ");
            expr(g.target(), TUPLE);
            sb.append(" in ");
            expr(g.iter(), TEST + 1);
            for (Expr i : g.ifs()) {
                sb.append(" if ");
                expr(i, TEST + 1);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int nposonly = a.posonlyargs().size();
        int npos = nposonly + a.args().size();
        int di = npos - a.defaults().size();
        for (int i = 0; i < npos; i++) {
            Arg arg = i < nposonly ? a.posonlyargs().get(i) : a.args().get(i - nposonly);
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(arg.arg());
            if (i >= di) {
                sb.append('=');
                expr(a.defaults().get(i - di), TEST);
            }
            if (i == nposonly - 1) {
                sb.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append('*');
            if (a.vararg() != null) {
                sb.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(d, TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!first) {
                sb.append(", ");
            }
            sb.append("**").append(a.kwarg().arg());
        }
    }

    /** The text inside an f-string's quotes. */
    private String fstringBody(List<Expr> values) {
        StringBuilder out = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                out.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof Expr.FormattedValue f) {
                String inner = unparse(f.value());
                out.append('{');
                if (inner.startsWith("{")) {
                    out.append(' ');
                }
                out.append(inner);
                if (f.conversion() >= 0) {
                    out.append('!').append((char) f.conversion());
                }
                if (f.formatSpec() != null) {
                    out.append(':');
                    if (f.formatSpec() instanceof Expr.JoinedStr j) {
                        out.append(fstringBody(j.values()));
                    }
                }
                out.append('}');
            }
        }
        return out.toString();
    }
}
