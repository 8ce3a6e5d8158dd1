package org.taipan.compiler;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.UnaryOperator;

/**
 * CPython 3.11's AST optimizer, run before the symbol table: folds operators on constants
 * (within CPython's size limits, see {@link AstOptimizerOps}), tuples of constants, subscripts of
 * constants, {@code __debug__}, {@code not} over {@code is}/{@code in} comparisons, and turns
 * list/set literals iterated over or tested with {@code in} into tuples/frozensets. Unchanged
 * subtrees are kept as they are; changed nodes are rebuilt.
 */
public final class AstOptimizer {
    private final int optimize;
    private final boolean futureAnnotations;

    private AstOptimizer(int optimize, boolean futureAnnotations) {
        this.optimize = optimize;
        this.futureAnnotations = futureAnnotations;
    }

    public static Mod optimize(Mod mod, int optimize, boolean futureAnnotations) {
        return (Mod) new AstOptimizer(optimize, futureAnnotations).node(mod);
    }

    // ---- generic traversal

    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private Object value(Object v, boolean annotation) {
        if (v instanceof Node n && !(v instanceof Enum<?>)) {
            if (annotation && futureAnnotations) {
                return v;
            }
            return node(n);
        }
        if (v instanceof List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                Object y = x == null ? null : value(x, annotation);
                if (y != x && out == null) {
                    out = new ArrayList<>(l.subList(0, i));
                }
                if (out != null) {
                    out.add(y);
                }
            }
            return out == null ? l : out;
        }
        return v;
    }

    private Node children(Node n) {
        Class<?> c = n.getClass();
        if (!c.isRecord()) {
            return n;
        }
        RecordComponent[] comps = COMPONENTS.get(c);
        Object[] args = null;
        try {
            for (int i = 0; i < comps.length; i++) {
                Object v = comps[i].getAccessor().invoke(n);
                String name = comps[i].getName();
                boolean ann = name.equals("annotation") || name.equals("returns");
                Object w = value(v, ann);
                if (w != v && args == null) {
                    args = new Object[comps.length];
                    for (int k = 0; k < i; k++) {
                        args[k] = comps[k].getAccessor().invoke(n);
                    }
                }
                if (args != null) {
                    args[i] = w;
                }
            }
            if (args == null) {
                return n;
            }
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
            }
            Constructor<?> k = c.getDeclaredConstructor(types);
            return (Node) k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Node node(Node n) {
        Node m = children(n);
        return switch (m) {
            case Expr e -> fold(e);
            case Stmt s -> stmt(s, n);
            case Mod.Module mod -> new Mod.Module(body(((Mod.Module) n).body(), mod.body()), mod.typeIgnores());
            case org.taipan.parser.ast.Comprehension c -> new org.taipan.parser.ast.Comprehension(c.target(),
                    foldIter(c.iter()), c.ifs(), c.isAsync());
            default -> m;
        };
    }

    private Stmt stmt(Stmt s, Node orig) {
        return switch (s) {
            case Stmt.For f -> new Stmt.For(f.target(), foldIter(f.iter()), f.body(), f.orelse(), f.typeComment(),
                    f.loc());
            case Stmt.AsyncFor f -> new Stmt.AsyncFor(f.target(), foldIter(f.iter()), f.body(), f.orelse(),
                    f.typeComment(), f.loc());
            case Stmt.FunctionDef f -> new Stmt.FunctionDef(f.name(), f.args(),
                    body(((Stmt.FunctionDef) orig).body(), f.body()), f.decoratorList(), f.returns(), f.typeComment(),
                    f.loc());
            case Stmt.AsyncFunctionDef f -> new Stmt.AsyncFunctionDef(f.name(), f.args(),
                    body(((Stmt.AsyncFunctionDef) orig).body(), f.body()), f.decoratorList(), f.returns(),
                    f.typeComment(), f.loc());
            case Stmt.ClassDef c -> new Stmt.ClassDef(c.name(), c.bases(), c.keywords(),
                    body(((Stmt.ClassDef) orig).body(), c.body()), c.decoratorList(), c.loc());
            default -> s;
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
