package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.UnaryOperator;
import org.taipan.parser.ast.WithItem;

/**
 * CPython 3.11's AST optimizer, run before the symbol table: folds operators on constants
 * (within CPython's size limits, see {@link AstOptimizerOps}), tuples of constants, subscripts of
 * constants, {@code __debug__}, {@code not} over {@code is}/{@code in} comparisons, and turns
 * list/set literals iterated over or tested with {@code in} into tuples/frozensets. Unchanged
 * subtrees are kept as they are; changed nodes are rebuilt.
 */
public final class AstOptimizer {
    /**
     * CPython's limit on the nesting of statements, expressions and patterns (3 per Python frame
     * of the default recursion limit), less the frames of a compile() called near the top.
     */
    static final int RECURSION_LIMIT = 3000;
    private static final int START_DEPTH = 6;

    private final int optimize;
    private final boolean futureAnnotations;
    private int depth = START_DEPTH;

    private void enter() {
        if (++depth > RECURSION_LIMIT) {
            throw new Compiler.RecursionLimitError();
        }
    }

    private AstOptimizer(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    public static Mod optimize(Mod mod, int optimize, boolean futureAnnotations) {
        return new AstOptimizer(optimize, futureAnnotations).mod(mod);
    }

    // ---- traversal: children first, then the fold of the node itself

    private Mod mod(Mod m) {
        return switch (m) {
            case Mod.Module x -> new Mod.Module(body(x.body(), stmts(x.body())), x.typeIgnores());
            case Mod.Interactive x -> new Mod.Interactive(stmts(x.body()));
            case Mod.Expression x -> new Mod.Expression(expr(x.body()));
            case Mod.FunctionType x -> new Mod.FunctionType(exprs(x.argtypes()), expr(x.returns()));
        };
    }

    private List<Stmt> stmts(List<Stmt> l) {
        List<Stmt> out = new ArrayList<>(l.size());
        for (Stmt s : l) {
            out.add(stmt(s));
        }
        return out;
    }

    private List<Expr> exprs(List<Expr> l) {
        List<Expr> out = new ArrayList<>(l.size());
        for (Expr e : l) {
            out.add(e == null ? null : expr(e));
        }
        return out;
    }

    private Expr opt(Expr e) {
        return e == null ? null : expr(e);
    }

    /** Annotations stay as written under {@code from __future__ import annotations} (they become strings). */
    private Expr ann(Expr e) {
        return e == null || futureAnnotations ? e : expr(e);
    }

    private Arguments arguments(Arguments a) {
        return new Arguments(args(a.posonlyargs()), args(a.args()), arg(a.vararg()), args(a.kwonlyargs()),
                exprs(a.kwDefaults()), arg(a.kwarg()), exprs(a.defaults()));
    }

    private List<Arg> args(List<Arg> l) {
        List<Arg> out = new ArrayList<>(l.size());
        for (Arg a : l) {
            out.add(arg(a));
        }
        return out;
    }

    private Arg arg(Arg a) {
        return a == null ? null : new Arg(a.arg(), ann(a.annotation()), a.typeComment(), a.loc());
    }

    private List<Keyword> keywords(List<Keyword> l) {
        List<Keyword> out = new ArrayList<>(l.size());
        for (Keyword k : l) {
            out.add(new Keyword(k.arg(), expr(k.value()), k.loc()));
        }
        return out;
    }

    private List<Comprehension> generators(List<Comprehension> l) {
        List<Comprehension> out = new ArrayList<>(l.size());
        for (Comprehension c : l) {
            out.add(new Comprehension(expr(c.target()), foldIter(expr(c.iter())), exprs(c.ifs()), c.isAsync()));
        }
        return out;
    }

    private List<WithItem> items(List<WithItem> l) {
        List<WithItem> out = new ArrayList<>(l.size());
        for (WithItem w : l) {
            out.add(new WithItem(expr(w.contextExpr()), opt(w.optionalVars())));
        }
        return out;
    }

    private List<ExceptHandler> handlers(List<ExceptHandler> l) {
        List<ExceptHandler> out = new ArrayList<>(l.size());
        for (ExceptHandler h : l) {
            out.add(new ExceptHandler(opt(h.type()), h.name(), stmts(h.body()), h.loc()));
        }
        return out;
    }

    private Stmt stmt(Stmt s) {
        enter();
        Stmt r = stmt1(s);
        depth--;
        return r;
    }

    private Stmt stmt1(Stmt s) {
        return switch (s) {
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), arguments(f.args()), body(f.body(), stmts(f.body())),
                    exprs(f.decoratorList()), ann(f.returns()), f.typeComment(), f.loc());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), arguments(f.args()),
                    body(f.body(), stmts(f.body())), exprs(f.decoratorList()), ann(f.returns()), f.typeComment(),
                    f.loc());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.name(), exprs(c.bases()), keywords(c.keywords()),
                    body(c.body(), stmts(c.body())), exprs(c.decoratorList()), c.loc());
            case Stmt.Return r -> new Stmt.Return(opt(r.value()), r.loc());
            case Stmt.Delete d -> new Stmt.Delete(exprs(d.targets()), d.loc());
            case Stmt.Assign a -> new Stmt.Assign(exprs(a.targets()), expr(a.value()), a.typeComment(), a.loc());
            case Stmt.AugAssign a -> new Stmt.AugAssign(expr(a.target()), a.op(), expr(a.value()), a.loc());
            case Stmt.AnnAssign a -> new Stmt.AnnAssign(expr(a.target()), ann(a.annotation()), opt(a.value()),
                    a.simple(), a.loc());
            case Stmt.For f -> new Stmt.For(expr(f.target()), foldIter(expr(f.iter())), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.loc());
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(expr(f.target()), foldIter(expr(f.iter())), stmts(f.body()),
                    stmts(f.orelse()), f.typeComment(), f.loc());
            case Stmt.While w -> new Stmt.While(expr(w.test()), stmts(w.body()), stmts(w.orelse()), w.loc());
            case Stmt.If i -> new Stmt.If(expr(i.test()), stmts(i.body()), stmts(i.orelse()), i.loc());
            case Stmt.With w -> new Stmt.With(items(w.items()), stmts(w.body()), w.typeComment(), w.loc());
            case Stmt.AsyncWith w -> new Stmt.AsyncWith(items(w.items()), stmts(w.body()), w.typeComment(), w.loc());
            case Stmt.Match m -> {
                List<MatchCase> cases = new ArrayList<>(m.cases().size());
                for (MatchCase c : m.cases()) {
                    cases.add(new MatchCase(pattern(c.pattern()), opt(c.guard()), stmts(c.body())));
                }
                yield new Stmt.Match(expr(m.subject()), cases, m.loc());
            }
            case Stmt.Raise r -> new Stmt.Raise(opt(r.exc()), opt(r.cause()), r.loc());
            case Stmt.Try t -> new Stmt.Try(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.loc());
            case Stmt.TryStar t -> new Stmt.TryStar(stmts(t.body()), handlers(t.handlers()), stmts(t.orelse()),
                    stmts(t.finalbody()), t.loc());
            case Stmt.Assert a -> new Stmt.Assert(expr(a.test()), opt(a.msg()), a.loc());
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(expr(e.value()), e.loc());
            case Stmt.Import i -> i;
            case Stmt.ImportFrom i -> i;
            case Stmt.Global g -> g;
            case Stmt.Nonlocal n -> n;
            case Stmt.Pass p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
    }

    private List<Pattern> patterns(List<Pattern> l) {
        List<Pattern> out = new ArrayList<>(l.size());
        for (Pattern p : l) {
            out.add(pattern(p));
        }
        return out;
    }

    private Pattern pattern(Pattern p) {
        enter();
        Pattern r = pattern1(p);
        depth--;
        return r;
    }

    private Pattern pattern1(Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new Pattern.MatchValue(expr(v.value()), v.loc());
            case Pattern.MatchSingleton s -> s;
            case Pattern.MatchSequence s -> new Pattern.MatchSequence(patterns(s.patterns()), s.loc());
            case Pattern.MatchMapping m -> new Pattern.MatchMapping(exprs(m.keys()), patterns(m.patterns()), m.rest(),
                    m.loc());
            case Pattern.MatchClass c -> new Pattern.MatchClass(expr(c.cls()), patterns(c.patterns()), c.kwdAttrs(),
                    patterns(c.kwdPatterns()), c.loc());
            case Pattern.MatchStar s -> s;
            case Pattern.MatchAs a -> new Pattern.MatchAs(a.pattern() == null ? null : pattern(a.pattern()), a.name(),
                    a.loc());
            case Pattern.MatchOr o -> new Pattern.MatchOr(patterns(o.patterns()), o.loc());
        };
    }

    private Expr expr(Expr e) {
        enter();
        Expr r = fold(expr1(e));
        depth--;
        return r;
    }

    private Expr expr1(Expr e) {
        return switch (e) {
            case Expr.BoolOp b -> new Expr.BoolOp(b.op(), exprs(b.values()), b.loc());
            case Expr.NamedExpr n -> new Expr.NamedExpr(expr(n.target()), expr(n.value()), n.loc());
            case Expr.BinOp b -> new Expr.BinOp(expr(b.left()), b.op(), expr(b.right()), b.loc());
            case Expr.UnaryOp u -> new Expr.UnaryOp(u.op(), expr(u.operand()), u.loc());
            case Expr.Lambda l -> new Expr.Lambda(arguments(l.args()), expr(l.body()), l.loc());
            case Expr.IfExp i -> new Expr.IfExp(expr(i.test()), expr(i.body()), expr(i.orelse()), i.loc());
            case Expr.Dict d -> new Expr.Dict(exprs(d.keys()), exprs(d.values()), d.loc());
            case Expr.Set s -> new Expr.Set(exprs(s.elts()), s.loc());
            case Expr.ListComp c -> new Expr.ListComp(expr(c.elt()), generators(c.generators()), c.loc());
            case Expr.SetComp c -> new Expr.SetComp(expr(c.elt()), generators(c.generators()), c.loc());
            case Expr.DictComp c -> new Expr.DictComp(expr(c.key()), expr(c.value()), generators(c.generators()),
                    c.loc());
            case Expr.GeneratorExp c -> new Expr.GeneratorExp(expr(c.elt()), generators(c.generators()), c.loc());
            case Expr.Await a -> new Expr.Await(expr(a.value()), a.loc());
            case Expr.Yield y -> new Expr.Yield(opt(y.value()), y.loc());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.value()), y.loc());
            case Expr.Compare c -> new Expr.Compare(expr(c.left()), c.ops(), exprs(c.comparators()), c.loc());
            case Expr.Call c -> new Expr.Call(expr(c.func()), exprs(c.args()), keywords(c.keywords()), c.loc());
            case Expr.FormattedValue f -> new Expr.FormattedValue(expr(f.value()), f.conversion(), opt(f.formatSpec()),
                    f.loc());
            case Expr.JoinedStr j -> new Expr.JoinedStr(exprs(j.values()), j.loc());
            case Expr.Constant c -> c;
            case Expr.Attribute a -> new Expr.Attribute(expr(a.value()), a.attr(), a.ctx(), a.loc());
            case Expr.Subscript s -> new Expr.Subscript(expr(s.value()), expr(s.slice()), s.ctx(), s.loc());
            case Expr.Starred s -> new Expr.Starred(expr(s.value()), s.ctx(), s.loc());
            case Expr.Name n -> n;
            case Expr.List l -> new Expr.List(exprs(l.elts()), l.ctx(), l.loc());
            case Expr.Tuple t -> new Expr.Tuple(exprs(t.elts()), t.ctx(), t.loc());
            case Expr.Slice s -> new Expr.Slice(opt(s.lower()), opt(s.upper()), opt(s.step()), s.loc());
        };
    }

    /** A first statement that became a str constant by folding must not become a docstring. */
    private static List<Stmt> body(List<Stmt> before, List<Stmt> after) {
        if (Future.isDocstring(before) || !Future.isDocstring(after)) {
            return after;
        }
        Stmt.ExprStmt st = (Stmt.ExprStmt) after.get(0);
        List<Stmt> out = new ArrayList<>(after);
        out.set(0, new Stmt.ExprStmt(new Expr.JoinedStr(List.of(st.value()), st.loc()), st.loc()));
        return out;
    }

    // ---- folds

    private static Expr.Constant constant(Object v, Expr at) {
        return new Expr.Constant(v, null, at.loc());
    }

    private Expr fold(Expr e) {
        switch (e) {
            case Expr.BinOp b when b.left() instanceof Expr.Constant l -> {
                if (b.op() == org.taipan.parser.ast.Operator.Mod && l.value() instanceof String fmt
                        && b.right() instanceof Expr.Tuple t && !hasStarred(t.elts())) {
                    Expr j = AstOptimizerFormat.toJoinedStr(fmt, t.elts(), e.loc());
                    return j != null ? j : e;
                }
                if (!(b.right() instanceof Expr.Constant r)) {
                    return e;
                }
                Object v = AstOptimizerOps.binary(b.op(), l.value(), r.value());
                return v == null ? e : constant(v, e);
            }
            case Expr.UnaryOp un -> {
                if (un.operand() instanceof Expr.Constant c) {
                    Object v = AstOptimizerOps.unary(un.op(), c.value());
                    return v == null ? e : constant(v, e);
                }
                if (un.op() == UnaryOperator.Not && un.operand() instanceof Expr.Compare cmp
                        && cmp.ops().size() == 1) {
                    CmpOp op = switch (cmp.ops().get(0)) {
                        case Is -> CmpOp.IsNot;
                        case IsNot -> CmpOp.Is;
                        case In -> CmpOp.NotIn;
                        case NotIn -> CmpOp.In;
                        default -> null;
                    };
                    if (op != null) {
                        return new Expr.Compare(cmp.left(), List.of(op), cmp.comparators(), cmp.loc());
                    }
                }
                return e;
            }
            case Expr.Tuple t when t.ctx() == ExprContext.Load -> {
                Object v = constTuple(t.elts());
                return v == null ? e : constant(v, e);
            }
            case Expr.Subscript s when s.ctx() == ExprContext.Load && s.value() instanceof Expr.Constant v
                    && s.slice() instanceof Expr.Constant k -> {
                Object r = AstOptimizerOps.subscript(v.value(), k.value());
                return r == null ? e : constant(r, e);
            }
            case Expr.Compare c -> {
                int last = c.ops().size() - 1;
                CmpOp op = c.ops().get(last);
                if (op == CmpOp.In || op == CmpOp.NotIn) {
                    Expr it = c.comparators().get(last);
                    Expr f = foldIter(it);
                    if (f != it) {
                        List<Expr> comps = new ArrayList<>(c.comparators());
                        comps.set(last, f);
                        return new Expr.Compare(c.left(), c.ops(), comps, c.loc());
                    }
                }
                return e;
            }
            case Expr.Name n when n.ctx() == ExprContext.Load && n.id().equals("__debug__") ->
                    {
                        return constant(optimize == 0, e);
                    }
            default -> {
                return e;
            }
        }
    }

    private static CodeUnit.ConstTuple constTuple(List<Expr> elts) {
        List<Object> items = new ArrayList<>();
        for (Expr x : elts) {
            if (!(x instanceof Expr.Constant c)) {
                return null;
            }
            items.add(c.value());
        }
        return new CodeUnit.ConstTuple(items);
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** A list iterated over becomes a tuple, a set of constants a frozenset. */
    private static Expr foldIter(Expr it) {
        if (it instanceof Expr.List l) {
            if (hasStarred(l.elts())) {
                return it;
            }
            CodeUnit.ConstTuple t = constTuple(l.elts());
            return t != null ? constant(t, it) : new Expr.Tuple(l.elts(), l.ctx(), l.loc());
        }
        if (it instanceof Expr.Set s) {
            CodeUnit.ConstTuple t = constTuple(s.elts());
            return t != null ? constant(AstOptimizerOps.frozenset(t.items()), it) : it;
        }
        return it;
    }
}
