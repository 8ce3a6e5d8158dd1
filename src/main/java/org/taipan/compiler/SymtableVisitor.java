package org.taipan.compiler;

import static org.taipan.compiler.Symbol.DEF_ANNOT;
import static org.taipan.compiler.Symbol.DEF_COMP_ITER;
import static org.taipan.compiler.Symbol.DEF_GLOBAL;
import static org.taipan.compiler.Symbol.DEF_IMPORT;
import static org.taipan.compiler.Symbol.DEF_LOCAL;
import static org.taipan.compiler.Symbol.DEF_NONLOCAL;
import static org.taipan.compiler.Symbol.DEF_PARAM;
import static org.taipan.compiler.Symbol.USE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.WithItem;

/**
 * First pass of the symbol table: walks the AST in CPython's order, creating the blocks and
 * recording each name's definition flags. The visiting order matters twice: it fixes the
 * order of symbols and children, and which error is reported when there are several.
 */
final class SymtableVisitor {
    private final Future future;
    private final CompileError errors;
    private final Map<Node, Scope> byNode;
    private final List<Scope> stack = new ArrayList<>();
    private Scope cur;
    private Scope module;
    /** The innermost enclosing class name, for mangling (CPython's st_private). */
    private String privateName;

    SymtableVisitor(Future future, CompileError errors, Map<Node, Scope> byNode) {
        this.future = future;
        this.errors = errors;
        this.byNode = byNode;
    }

    Scope visitModule(Mod mod) {
        module = enterBlock(Scope.Kind.MODULE, "top", mod, null);
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body());
            case Mod.FunctionType m -> { } // CPython's compiler does not handle this mode
        }
        exitBlock();
        return module;
    }

    // ---- blocks

    private Scope enterBlock(Scope.Kind kind, String name, Node node, Loc loc) {
        Scope prev = cur;
        Scope s = new Scope(kind, name, node, loc, kind == Scope.Kind.CLASS ? name : privateName);
        if (prev != null) {
            s.parent = prev;
            s.compIterExpr = prev.compIterExpr;
            s.nested = prev.nested || prev.kind == Scope.Kind.FUNCTION;
            // CPython 3.11 visits future-annotation blocks only for their errors: they are
            // not linked into the tree, so their names affect no other block.
            if (kind != Scope.Kind.ANNOTATION) {
                prev.children.add(s);
            }
        }
        if (kind != Scope.Kind.ANNOTATION) {
            byNode.put(node, s);
        }
        stack.add(s);
        cur = s;
        return s;
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    // ---- definitions

    private void addDef(String name, int flag, Loc loc) {
        addDefIn(cur, name, flag, loc);
    }

    private void addDefIn(Scope ste, String name, int flag, Loc loc) {
        String mangled = Scope.mangle(privateName, name);
        int val = ste.symbols.getOrDefault(mangled, 0);
        if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
            throw errors.at("duplicate argument '" + name + "' in function definition", loc);
        }
        val |= flag;
        if (ste.compIterTarget) {
            // An iteration variable must not rebind an earlier walrus target of the comprehension.
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            // A global declaration anywhere also marks the name in the module's table.
            module.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.symbols.getOrDefault(Scope.mangle(privateName, name), 0);
    }

    private void recordDirective(String name, Loc loc) {
        cur.directives.putIfAbsent(Scope.mangle(privateName, name), loc);
    }

    // ---- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, c.loc());
                exprs(c.bases());
                keywords(c.keywords());
                exprs(c.decoratorList());
                enterBlock(Scope.Kind.CLASS, c.name(), c, c.loc());
                String saved = privateName;
                privateName = c.name();
                stmts(c.body());
                privateName = saved;
                exitBlock();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                optExpr(r.exc());
                optExpr(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.TryStar t -> tryStmt(t.body(), t.orelse(), t.handlers(), t.finalbody());
            case Stmt.Assert a -> {
                expr(a.test());
                optExpr(a.msg());
            }
            case Stmt.Import i -> aliases(i.names());
            case Stmt.ImportFrom i -> aliases(i.names());
            case Stmt.Global g -> declare(g.names(), DEF_GLOBAL, "global", g.loc());
            case Stmt.Nonlocal n -> declare(n.names(), DEF_NONLOCAL, "nonlocal", n.loc());
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.With w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.AsyncWith w -> {
                withItems(w.items());
                stmts(w.body());
            }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        addDef(name, DEF_LOCAL, s.loc());
        defaults(args);
        annotations(args, returns);
        exprs(decorators);
        enterBlock(Scope.Kind.FUNCTION, name, s, s.loc());
        if (async) {
            cur.coroutine = true;
        }
        arguments(args);
        stmts(body);
        exitBlock();
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) {
            optExpr(e);
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int flags = lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != module && a.simple() != 0) {
                String kind = (flags & DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw errors.at("annotated name '" + n.id() + "' can't be " + kind, a.loc());
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n.loc());
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n.loc());
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        optExpr(a.value());
    }

    private void tryStmt(List<Stmt> body, List<Stmt> orelse, List<ExceptHandler> handlers, List<Stmt> finalbody) {
        stmts(body);
        stmts(orelse);
        for (ExceptHandler h : handlers) {
            optExpr(h.type());
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h.loc());
            }
            stmts(h.body());
        }
        stmts(finalbody);
    }

    private void aliases(List<Alias> names) {
        for (Alias a : names) {
            String store = a.asname() != null ? a.asname() : a.name();
            int dot = store.indexOf('.');
            if (a.asname() == null && dot >= 0) {
                store = store.substring(0, dot);
            }
            if (store.equals("*")) {
                if (cur != module) {
                    throw errors.at("import * only allowed at module level", a.loc());
                }
            } else {
                addDef(store, DEF_IMPORT, a.loc());
            }
        }
    }

    private void declare(List<String> names, int flag, String what, Loc loc) {
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((flags & USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw errors.at(msg, loc);
            }
            addDef(name, flag, loc);
            recordDirective(name, loc);
        }
    }

    private void withItems(List<WithItem> items) {
        for (WithItem w : items) {
            expr(w.contextExpr());
            optExpr(w.optionalVars());
        }
    }

    // ---- parameters and annotations

    private void arguments(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg().loc());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().loc());
            cur.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg(), DEF_PARAM, a.loc());
        }
    }

    /** A def's annotations, evaluated in the enclosing block (CPython's order, not the source's). */
    private void annotations(Arguments a, Expr returns) {
        boolean detached = future.annotations();
        if (detached) {
            enterBlock(Scope.Kind.ANNOTATION, "_annotation", a, null);
        }
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null) {
            optExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            optExpr(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (detached) {
            exitBlock();
        }
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            optExpr(a.annotation());
        }
    }

    private void annotation(Expr e) {
        boolean detached = future.annotations();
        if (detached) {
            enterBlock(Scope.Kind.ANNOTATION, "_annotation", e, e.loc());
        }
        expr(e);
        if (detached) {
            exitBlock();
        }
    }

    private void notInAnnotation(String what, Expr e) {
        if (cur.kind == Scope.Kind.ANNOTATION) {
            throw errors.at("'" + what + "' can not be used within an annotation", e.loc());
        }
    }

    // ---- expressions

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void optExpr(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value());
        }
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                notInAnnotation("named expression", n);
                if (cur.compIterExpr > 0) {
                    throw errors.at("assignment expression cannot be used in a comprehension iterable expression", n.loc());
                }
                if (cur.comprehension != Scope.Comprehension.NONE && n.target() instanceof Expr.Name t) {
                    extendNamedExprScope(t);
                }
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaults(l.args());
                enterBlock(Scope.Kind.FUNCTION, "lambda", l, l.loc());
                arguments(l.args());
                expr(l.body());
                exitBlock();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) {
                    optExpr(k);
                }
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.GeneratorExp g -> comprehension(g, "genexpr", Scope.Comprehension.GENERATOR, g.generators(), g.elt(), null);
            case Expr.ListComp l -> comprehension(l, "listcomp", Scope.Comprehension.LIST, l.generators(), l.elt(), null);
            case Expr.SetComp s -> comprehension(s, "setcomp", Scope.Comprehension.SET, s.generators(), s.elt(), null);
            case Expr.DictComp d -> comprehension(d, "dictcomp", Scope.Comprehension.DICT, d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                notInAnnotation("yield expression", y);
                optExpr(y.value());
                yielded(y);
            }
            case Expr.YieldFrom y -> {
                notInAnnotation("yield expression", y);
                expr(y.value());
                yielded(y);
            }
            case Expr.Await a -> {
                notInAnnotation("await expression", a);
                expr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                optExpr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Slice s -> {
                optExpr(s.lower());
                optExpr(s.upper());
                optExpr(s.step());
            }
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n.loc());
                // super() needs the implicit __class__ cell of the enclosing class.
                if (n.ctx() == ExprContext.Load && cur.kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                    addDef("__class__", USE, n.loc());
                }
            }
            case Expr.List l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        String where = switch (cur.comprehension) {
            case NONE -> null;
            case LIST -> "list comprehension";
            case SET -> "set comprehension";
            case DICT -> "dict comprehension";
            case GENERATOR -> "generator expression";
        };
        if (where != null) {
            throw errors.at("'yield' inside " + where, e.loc());
        }
    }

    /**
     * A walrus inside a comprehension binds in the nearest enclosing function (or the module):
     * the comprehension declares the name nonlocal (global), the function binds it.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            Scope ste = stack.get(i);
            // CPython looks the target up here without mangling it (a quirk kept on purpose).
            if (ste.comprehension != Scope.Comprehension.NONE) {
                int flags = ste.symbols.getOrDefault(name, 0);
                if ((flags & DEF_COMP_ITER) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target.loc());
                }
                continue;
            }
            switch (ste.kind) {
                case FUNCTION -> {
                    int flags = ste.symbols.getOrDefault(name, 0);
                    addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target.loc());
                    recordDirective(name, target.loc());
                    addDefIn(ste, name, DEF_LOCAL, target.loc());
                    return;
                }
                case MODULE -> {
                    addDef(name, DEF_GLOBAL, target.loc());
                    recordDirective(name, target.loc());
                    addDefIn(ste, name, DEF_GLOBAL, target.loc());
                    return;
                }
                case CLASS -> throw errors.at(
                        "assignment expression within a comprehension cannot be used in a class body", target.loc());
                case ANNOTATION -> { }
            }
        }
    }

    /**
     * A comprehension is a function-like block whose single parameter {@code .0} is the
     * outermost iterable, which is evaluated in the enclosing block.
     */
    private void comprehension(Expr e, String name, Scope.Comprehension kind, List<Comprehension> generators,
                               Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(Scope.Kind.FUNCTION, name, e, e.loc());
        cur.comprehension = kind;
        if (outermost.isAsync() != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, e.loc());
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            cur.compIterTarget = true;
            expr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter());
            cur.compIterExpr--;
            exprs(g.ifs());
            if (g.isAsync() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        cur.generator = isGenerator;
        // An async list/set/dict comprehension is awaited where it is evaluated.
        boolean async = cur.coroutine && !isGenerator;
        exitBlock();
        if (async) {
            cur.coroutine = true;
        }
    }

    // ---- patterns

    private void pattern(Pattern p) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> patterns(s.patterns());
            case Pattern.MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, s.loc());
                }
            }
            case Pattern.MatchMapping m -> {
                exprs(m.keys());
                patterns(m.patterns());
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m.loc());
                }
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                patterns(c.patterns());
                patterns(c.kwdPatterns());
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, a.loc());
                }
            }
            case Pattern.MatchOr o -> patterns(o.patterns());
        }
    }

    private void patterns(List<Pattern> ps) {
        for (Pattern p : ps) {
            pattern(p);
        }
    }
}
