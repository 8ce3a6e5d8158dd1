package org.taipan.modules.ast;

import java.util.List;
import org.taipan.objects.Errors;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.WithItem;

/**
 * The structural checks CPython makes on a tree given to {@code compile} (the parser never
 * builds trees that fail them): expression contexts, empty bodies, matching list lengths.
 * Each failure is a ValueError with CPython's message.
 */
final class AstValidate {
    private AstValidate() {}

    static void mod(Mod m) {
        switch (m) {
            case Mod.Module x -> stmts(x.body());
            case Mod.Interactive x -> stmts(x.body());
            case Mod.Expression x -> expr(x.body(), ExprContext.Load);
            case Mod.FunctionType x -> {
                exprs(x.argtypes(), ExprContext.Load);
                expr(x.returns(), ExprContext.Load);
            }
        }
    }

    private static void body(List<Stmt> body, String owner) {
        if (body.isEmpty()) {
            throw Errors.valueError("empty body on " + owner);
        }
        stmts(body);
    }

    private static void nonEmpty(List<?> list, String what, String owner) {
        if (list.isEmpty()) {
            throw Errors.valueError("empty " + what + " on " + owner);
        }
    }

    private static void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private static void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f.args(), f.body(), f.decoratorList(), f.returns(), "FunctionDef");
            case Stmt.AsyncFunctionDef f -> function(f.args(), f.body(), f.decoratorList(), f.returns(), "AsyncFunctionDef");
            case Stmt.ClassDef c -> {
                body(c.body(), "ClassDef");
                exprs(c.bases(), ExprContext.Load);
                keywords(c.keywords());
                exprs(c.decoratorList(), ExprContext.Load);
            }
            case Stmt.Return r -> opt(r.value());
            case Stmt.Delete d -> {
                nonEmpty(d.targets(), "targets", "Delete");
                exprs(d.targets(), ExprContext.Del);
            }
            case Stmt.Assign a -> {
                nonEmpty(a.targets(), "targets", "Assign");
                exprs(a.targets(), ExprContext.Store);
                expr(a.value(), ExprContext.Load);
            }
            case Stmt.AugAssign a -> {
                expr(a.target(), ExprContext.Store);
                expr(a.value(), ExprContext.Load);
            }
            case Stmt.AnnAssign a -> {
                if (a.simple() != 0 && !(a.target() instanceof Expr.Name)) {
                    throw Errors.typeError("AnnAssign with simple non-Name target");
                }
                expr(a.target(), ExprContext.Store);
                opt(a.value());
                expr(a.annotation(), ExprContext.Load);
            }
            case Stmt.For f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "For");
            case Stmt.AsyncFor f -> loop(f.target(), f.iter(), f.body(), f.orelse(), "AsyncFor");
            case Stmt.While w -> {
                expr(w.test(), ExprContext.Load);
                body(w.body(), "While");
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test(), ExprContext.Load);
                body(i.body(), "If");
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), w.body(), "With");
            case Stmt.AsyncWith w -> with(w.items(), w.body(), "AsyncWith");
            case Stmt.Match m -> {
                expr(m.subject(), ExprContext.Load);
                nonEmpty(m.cases(), "cases", "Match");
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern(), false);
                    opt(c.guard());
                    body(c.body(), "match_case");
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() == null && r.cause() != null) {
                    throw Errors.valueError("Raise with cause but no exception");
                }
                opt(r.exc());
                opt(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "Try");
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "TryStar");
            case Stmt.Assert a -> {
                expr(a.test(), ExprContext.Load);
                opt(a.msg());
            }
            case Stmt.Import i -> nonEmpty(i.names(), "names", "Import");
            case Stmt.ImportFrom i -> {
                if (i.level() < 0) {
                    throw Errors.valueError("Negative ImportFrom level");
                }
                nonEmpty(i.names(), "names", "ImportFrom");
            }
            case Stmt.Global g -> nonEmpty(g.names(), "names", "Global");
            case Stmt.Nonlocal g -> nonEmpty(g.names(), "names", "Nonlocal");
            case Stmt.ExprStmt e -> expr(e.value(), ExprContext.Load);
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private static void function(Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, String owner) {
        body(body, owner);
        arguments(args);
        exprs(decorators, ExprContext.Load);
        opt(returns);
    }

    private static void loop(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String owner) {
        expr(target, ExprContext.Store);
        expr(iter, ExprContext.Load);
        body(body, owner);
        stmts(orelse);
    }

    private static void with(List<WithItem> items, List<Stmt> body, String owner) {
        nonEmpty(items, "items", owner);
        for (WithItem w : items) {
            expr(w.contextExpr(), ExprContext.Load);
            if (w.optionalVars() != null) {
                expr(w.optionalVars(), ExprContext.Store);
            }
        }
        body(body, owner);
    }

    private static void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                                List<Stmt> finalbody, String owner) {
        body(body, owner);
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw Errors.valueError(owner + " has neither except handlers nor finalbody");
        }
        if (handlers.isEmpty() && !orelse.isEmpty()) {
            throw Errors.valueError(owner + " has orelse but no except handlers");
        }
        for (ExceptHandler h : handlers) {
            opt(h.type());
            body(h.body(), "ExceptHandler");
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private static void arguments(Arguments a) {
        if (a.defaults().size() > a.posonlyargs().size() + a.args().size()) {
            throw Errors.valueError("more positional defaults than args on arguments");
        }
        if (a.kwDefaults().size() != a.kwonlyargs().size()) {
            throw Errors.valueError("length of kwonlyargs is not the same as kw_defaults on arguments");
        }
        for (List<Arg> list : List.of(a.posonlyargs(), a.args(), a.kwonlyargs())) {
            for (Arg arg : list) {
                opt(arg.annotation());
            }
        }
        if (a.vararg() != null) {
            opt(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            opt(a.kwarg().annotation());
        }
        exprs(a.defaults(), ExprContext.Load);
        for (Expr e : a.kwDefaults()) {
            opt(e);
        }
    }

    private static void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value(), ExprContext.Load);
        }
    }

    private static void opt(Expr e) {
        if (e != null) {
            expr(e, ExprContext.Load);
        }
    }

    private static void exprs(List<Expr> es, ExprContext ctx) {
        for (Expr e : es) {
            expr(e, ctx);
        }
    }

    private static void comprehensions(List<Comprehension> gens) {
        if (gens.isEmpty()) {
            throw Errors.valueError("comprehension with no generators");
        }
        for (Comprehension c : gens) {
            expr(c.target(), ExprContext.Store);
            expr(c.iter(), ExprContext.Load);
            exprs(c.ifs(), ExprContext.Load);
        }
    }

    private static void context(ExprContext actual, ExprContext expected) {
        if (actual != expected) {
            throw Errors.valueError("expression must have " + expected + " context but has " + actual + " instead");
        }
    }

    private static void expr(Expr e, ExprContext ctx) {
        ExprContext actual = switch (e) {
            case Expr.Attribute a -> a.ctx();
            case Expr.Subscript a -> a.ctx();
            case Expr.Starred a -> a.ctx();
            case Expr.Name a -> a.ctx();
            case Expr.List a -> a.ctx();
            case Expr.Tuple a -> a.ctx();
            default -> null;
        };
        if (actual != null) {
            context(actual, ctx);
        } else if (ctx != ExprContext.Load) {
            throw Errors.valueError("expression which can't be assigned to in " + ctx + " context");
        }
        switch (e) {
            case Expr.BoolOp b -> {
                if (b.values().size() < 2) {
                    throw Errors.valueError("BoolOp with less than 2 values");
                }
                exprs(b.values(), ExprContext.Load);
            }
            case Expr.NamedExpr n -> {
                expr(n.target(), ExprContext.Store);
                expr(n.value(), ExprContext.Load);
            }
            case Expr.BinOp b -> {
                expr(b.left(), ExprContext.Load);
                expr(b.right(), ExprContext.Load);
            }
            case Expr.UnaryOp u -> expr(u.operand(), ExprContext.Load);
            case Expr.Lambda l -> {
                arguments(l.args());
                expr(l.body(), ExprContext.Load);
            }
            case Expr.IfExp i -> {
                expr(i.test(), ExprContext.Load);
                expr(i.body(), ExprContext.Load);
                expr(i.orelse(), ExprContext.Load);
            }
            case Expr.Dict d -> {
                if (d.keys().size() != d.values().size()) {
                    throw Errors.valueError("Dict doesn't have the same number of keys as values");
                }
                for (Expr k : d.keys()) {
                    opt(k);
                }
                exprs(d.values(), ExprContext.Load);
            }
            case Expr.Set s -> exprs(s.elts(), ExprContext.Load);
            case Expr.ListComp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.SetComp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.GeneratorExp c -> {
                comprehensions(c.generators());
                expr(c.elt(), ExprContext.Load);
            }
            case Expr.DictComp c -> {
                comprehensions(c.generators());
                expr(c.key(), ExprContext.Load);
                expr(c.value(), ExprContext.Load);
            }
            case Expr.Await a -> expr(a.value(), ExprContext.Load);
            case Expr.Yield y -> opt(y.value());
            case Expr.YieldFrom y -> expr(y.value(), ExprContext.Load);
            case Expr.Compare c -> {
                if (c.comparators().isEmpty()) {
                    throw Errors.valueError("Compare with no comparators");
                }
                if (c.comparators().size() != c.ops().size()) {
                    throw Errors.valueError("Compare has a different number of comparators and operands");
                }
                expr(c.left(), ExprContext.Load);
                exprs(c.comparators(), ExprContext.Load);
            }
            case Expr.Call c -> {
                expr(c.func(), ExprContext.Load);
                exprs(c.args(), ExprContext.Load);
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                int conv = f.conversion();
                if (conv != -1 && conv != 's' && conv != 'r' && conv != 'a') {
                    throw Errors.of(org.taipan.objects.ExceptionTypes.SYSTEM_ERROR,
                            "Unrecognized conversion character " + conv);
                }
                expr(f.value(), ExprContext.Load);
                opt(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values(), ExprContext.Load);
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value(), ExprContext.Load);
            case Expr.Subscript s -> {
                expr(s.value(), ExprContext.Load);
                expr(s.slice(), ExprContext.Load);
            }
            case Expr.Starred s -> expr(s.value(), ctx);
            case Expr.Name n -> name(n.id());
            case Expr.List l -> exprs(l.elts(), ctx);
            case Expr.Tuple t -> exprs(t.elts(), ctx);
            case Expr.Slice s -> {
                opt(s.lower());
                opt(s.upper());
                opt(s.step());
            }
        }
    }

    private static void name(String id) {
        if (id.equals("None") || id.equals("True") || id.equals("False")) {
            throw Errors.valueError("identifier field can't represent '" + id + "' constant");
        }
    }

    /** A name a pattern binds: not a constant's name, and not the wildcard. */
    private static void capture(String id) {
        if (id == null) {
            return;
        }
        if (id.equals("_")) {
            throw Errors.valueError("can't capture name '_' in patterns");
        }
        name(id);
    }

    private static void pattern(Pattern p, boolean starAllowed) {
        switch (p) {
            case Pattern.MatchValue v -> literal(v.value(), true);
            case Pattern.MatchSingleton s -> {
                Object v = s.value();
                if (!(v == ConstantValue.NONE || v instanceof Boolean)) {
                    throw Errors.valueError("MatchSingleton can only contain True, False and None");
                }
            }
            case Pattern.MatchSequence s -> {
                for (Pattern q : s.patterns()) {
                    pattern(q, true);
                }
            }
            case Pattern.MatchMapping m -> {
                if (m.keys().size() != m.patterns().size()) {
                    throw Errors.valueError("MatchMapping doesn't have the same number of keys as patterns");
                }
                capture(m.rest());
                for (Expr k : m.keys()) {
                    literal(k, false);
                }
                for (Pattern q : m.patterns()) {
                    pattern(q, false);
                }
            }
            case Pattern.MatchClass c -> {
                if (c.kwdAttrs().size() != c.kwdPatterns().size()) {
                    throw Errors.valueError("MatchClass doesn't have the same number of keyword attributes as patterns");
                }
                Expr cls = c.cls();
                while (cls instanceof Expr.Attribute a) {
                    cls = a.value();
                }
                if (!(cls instanceof Expr.Name)) {
                    throw Errors.valueError("MatchClass cls field can only contain Name or Attribute nodes.");
                }
                expr(c.cls(), ExprContext.Load);
                for (Pattern q : c.patterns()) {
                    pattern(q, false);
                }
                for (Pattern q : c.kwdPatterns()) {
                    pattern(q, false);
                }
            }
            case Pattern.MatchStar s -> {
                if (!starAllowed) {
                    throw Errors.valueError("can't use MatchStar here");
                }
                capture(s.name());
            }
            case Pattern.MatchAs a -> {
                capture(a.name());
                if (a.pattern() != null) {
                    if (a.name() == null) {
                        throw Errors.valueError("MatchAs must specify a target name if a pattern is given");
                    }
                    pattern(a.pattern(), false);
                }
            }
            case Pattern.MatchOr o -> {
                if (o.patterns().size() < 2) {
                    throw Errors.valueError("MatchOr requires at least 2 patterns");
                }
                for (Pattern q : o.patterns()) {
                    pattern(q, false);
                }
            }
        }
    }

    /**
     * A value pattern or mapping key: a number, string or bytes constant, a signed number, a
     * complex literal (a + bj), an attribute lookup (an f-string is left for the compiler to refuse).
     */
    private static void literal(Expr e, boolean value) {
        switch (e) {
            case Expr.Constant c -> {
                Object v = c.value();
                if (v == ConstantValue.NONE || v == ConstantValue.ELLIPSIS || v instanceof Boolean
                        || v instanceof org.taipan.compiler.CodeUnit.ConstTuple
                        || v instanceof org.taipan.compiler.CodeUnit.ConstFrozenset) {
                    throw Errors.valueError("unexpected constant inside of a literal pattern");
                }
            }
            case Expr.Attribute a -> expr(a, ExprContext.Load);
            case Expr.JoinedStr j -> expr(j, ExprContext.Load);
            case Expr.UnaryOp u when u.op() == org.taipan.parser.ast.UnaryOperator.USub
                    && u.operand() instanceof Expr.Constant -> literal(u.operand(), value);
            case Expr.BinOp b when (b.op() == org.taipan.parser.ast.Operator.Add
                    || b.op() == org.taipan.parser.ast.Operator.Sub) && b.right() instanceof Expr.Constant
                    && (b.left() instanceof Expr.Constant || b.left() instanceof Expr.UnaryOp) -> {
                literal(b.left(), value);
                literal(b.right(), value);
            }
            default -> throw Errors.valueError("patterns may only match literals and attribute lookups");
        }
    }
}
