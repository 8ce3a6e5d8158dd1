package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
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
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.WithItem;

/**
 * The SyntaxErrors CPython 3.11 raises while generating code (compile.c), found by walking the
 * AST in the order its code generator does — which differs from the symbol table's order (an
 * assignment's value before its targets, a class body before its bases, a comprehension's
 * outermost iterable last, finally bodies again where break/continue/return leave them) — and
 * tracking the "current location" the way it does, since that is where each error points.
 */
final class CodegenChecks {
    /** CPython's compiler scope types. */
    enum UnitType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** CPython's frame blocks (compile-time block stack entries). */
    enum BlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    private record Block(BlockType type, List<Stmt> finalbody) {}

    /** One code object being compiled. */
    private static final class Unit {
        final Scope ste;
        final UnitType type;
        final List<Block> blocks = new ArrayList<>();
        Loc loc;

        Unit(Scope ste, UnitType type, Loc loc) {
            this.ste = ste;
            this.type = type;
            this.loc = loc;
        }
    }

    /** CPython's CO_MAXBLOCKS. */
    static final int MAX_BLOCKS = 20;
    /** The location CPython's UNSET_LOC leaves: reported as line -1, offset 0. */
    static final Loc UNSET = new Loc(-1, -1, -1, -1);

    private final Symtable st;
    private final CompileError errors;
    private final boolean interactive;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: async constructs are allowed in the module's own code. */
    private final boolean allowTopLevelAwait;
    /** compile()'s optimize level is at least 1: asserts are not compiled. */
    private final boolean noAsserts;
    private Unit u;

    private CodegenChecks(Symtable st, CompileError errors, boolean interactive, boolean allowTopLevelAwait,
                          boolean noAsserts) {
        this.st = st;
        this.errors = errors;
        this.interactive = interactive;
        this.allowTopLevelAwait = allowTopLevelAwait;
        this.noAsserts = noAsserts;
    }

    static void run(Mod mod, Symtable st, CompileError errors, boolean allowTopLevelAwait, boolean noAsserts) {
        CodegenChecks c = new CodegenChecks(st, errors, mod instanceof Mod.Interactive, allowTopLevelAwait,
                noAsserts);
        c.u = new Unit(st.top(), UnitType.MODULE, null);
        switch (mod) {
            case Mod.Module m -> c.stmts(m.body());
            case Mod.Interactive m -> c.stmts(m.body());
            case Mod.Expression m -> c.expr(m.body());
            case Mod.FunctionType m -> { }
        }
    }

    // ---- units and blocks

    private void inUnit(Node node, UnitType type, Loc loc, Runnable body) {
        Unit saved = u;
        Scope ste = st.scopeOf(node);
        if (ste == null) {
            throw new IllegalStateException("no symbol table entry for " + node.getClass().getSimpleName());
        }
        u = new Unit(ste, type, loc);
        body.run();
        u = saved;
    }

    private void pushBlock(BlockType type, List<Stmt> finalbody) {
        if (u.blocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.blocks.add(new Block(type, finalbody));
    }

    private void popBlock() {
        u.blocks.remove(u.blocks.size() - 1);
    }

    private RuntimeException error(String msg) {
        return errors.at(msg, u.loc);
    }

    private boolean inFunction() {
        return u.ste.kind() == Scope.Kind.FUNCTION;
    }

    private boolean topLevelAwait() {
        return allowTopLevelAwait && u.type == UnitType.MODULE;
    }

    /**
     * Leaves the enclosing blocks as return/break/continue do (to the innermost loop if
     * {@code toLoop}): an except* handler on the way is an error, and the finally bodies on
     * the way are compiled again at that point. Returns whether a loop was reached.
     */
    private boolean unwind(boolean preserveTos, boolean toLoop) {
        List<Block> saved = new ArrayList<>(u.blocks);
        try {
            for (int i = u.blocks.size() - 1; i >= 0; i--) {
                Block top = u.blocks.get(i);
                if (top.type == BlockType.EXCEPTION_GROUP_HANDLER) {
                    throw error("'break', 'continue' and 'return' cannot appear in an except* block");
                }
                if (toLoop && (top.type == BlockType.WHILE_LOOP || top.type == BlockType.FOR_LOOP)) {
                    return true;
                }
                u.blocks.remove(i);
                switch (top.type) {
                    case FINALLY_TRY -> {
                        if (preserveTos) {
                            pushBlock(BlockType.POP_VALUE, null);
                        }
                        stmts(top.finalbody);
                        if (preserveTos) {
                            popBlock();
                        }
                        u.loc = UNSET;
                    }
                    case WITH, ASYNC_WITH -> u.loc = UNSET;
                    default -> { }
                }
            }
            return false;
        } finally {
            u.blocks.clear();
            u.blocks.addAll(saved);
        }
    }

    // ---- statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        u.loc = s.loc();
        switch (s) {
            case Stmt.FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    UnitType.FUNCTION);
            case Stmt.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    UnitType.ASYNC_FUNCTION);
            case Stmt.ClassDef c -> {
                exprs(c.decoratorList());
                inUnit(c, UnitType.CLASS, c.loc(), () -> stmts(c.body()));
                callArgs(c.bases(), c.keywords());
                storeName(c.name());
            }
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                expr(a.value());
                exprs(a.targets());
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                // Unlike async for, the block is pushed before the iterable is compiled.
                pushBlock(BlockType.FOR_LOOP, null);
                expr(f.iter());
                expr(f.target());
                stmts(f.body());
                popBlock();
                stmts(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                if (u.type != UnitType.ASYNC_FUNCTION && !topLevelAwait()) {
                    throw error("'async for' outside async function");
                }
                expr(f.iter());
                pushBlock(BlockType.FOR_LOOP, null);
                expr(f.target());
                stmts(f.body());
                popBlock();
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                pushBlock(BlockType.WHILE_LOOP, null);
                expr(w.test());
                stmts(w.body());
                popBlock();
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> with(w.items(), 0, w.body(), BlockType.WITH);
            case Stmt.AsyncWith w -> {
                if (u.type != UnitType.ASYNC_FUNCTION && !topLevelAwait()) {
                    throw error("'async with' outside async function");
                }
                with(w.items(), 0, w.body(), BlockType.ASYNC_WITH);
            }
            case Stmt.Match m -> {
                expr(m.subject());
                match(m.cases());
            }
            case Stmt.Raise r -> {
                optExpr(r.exc());
                optExpr(r.cause());
            }
            case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
            case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
            case Stmt.Assert a -> {
                if (!noAsserts) {
                    expr(a.test());
                    optExpr(a.msg());
                }
            }
            case Stmt.Import i -> {
                for (var a : i.names()) {
                    String name = a.asname() != null ? a.asname() : a.name();
                    if (a.asname() == null && name.indexOf('.') >= 0) {
                        name = name.substring(0, name.indexOf('.'));
                    }
                    storeName(name);
                }
            }
            case Stmt.ImportFrom i -> {
                if ("__future__".equals(i.module()) && s.loc().lineno() > st.future().lastLine()) {
                    throw error("from __future__ imports must occur at the beginning of the file");
                }
                for (var a : i.names()) {
                    if (!a.name().equals("*")) {
                        storeName(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> {
                // Constant statements (docstrings included) generate no code.
                if (interactive || !ConstantFolding.isConstant(e.value())) {
                    expr(e.value());
                }
            }
            case Stmt.Pass p -> { }
            case Stmt.Break b -> {
                Loc at = u.loc;
                if (!unwind(false, true)) {
                    u.loc = at;
                    throw error("'break' outside loop");
                }
            }
            case Stmt.Continue c -> {
                Loc at = u.loc;
                if (!unwind(false, true)) {
                    u.loc = at;
                    throw error("'continue' not properly in loop");
                }
            }
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, UnitType type) {
        checkDebugArgs(args);
        exprs(decorators);
        defaults(args);
        if (!st.future().annotations()) {
            // CPython's order: positional, positional-only, *args, keyword-only, **kwargs, return.
            argAnnotations(args.args());
            argAnnotations(args.posonlyargs());
            argAnnotation(args.vararg());
            argAnnotations(args.kwonlyargs());
            argAnnotation(args.kwarg());
            optExpr(returns);
        }
        inUnit(s, type, s.loc(), () -> stmts(body));
        storeName(name);
    }

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) {
            optExpr(d);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            argAnnotation(a);
        }
    }

    private void argAnnotation(Arg a) {
        if (a == null || a.annotation() == null) {
            return;
        }
        // *args: *Ts unpacks the starred value.
        expr(a.annotation() instanceof Expr.Starred star ? star.value() : a.annotation());
    }

    private void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            forbidden(a.arg(), ExprContext.Store);
        }
    }

    private void returnStmt(Stmt.Return r) {
        if (!inFunction()) {
            throw error("'return' outside function");
        }
        Expr value = r.value();
        if (value != null && u.ste.isCoroutine() && u.ste.isGenerator()) {
            throw error("'return' with value in async generator");
        }
        boolean preserveTos = value != null && !ConstantFolding.isConstant(value);
        if (preserveTos) {
            expr(value);
        } else if (value != null) {
            u.loc = value.loc();
        }
        if (value == null || value.loc().lineno() != r.loc().lineno()) {
            u.loc = r.loc();
        }
        unwind(preserveTos, false);
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr t = a.target();
        Loc saved = u.loc;
        u.loc = t.loc();
        switch (t) {
            case Expr.Attribute at -> expr(at.value());
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
            }
            default -> { }
        }
        u.loc = saved;
        expr(a.value());
        u.loc = t.loc();
        if (t instanceof Expr.Name n) {
            storeName(n.id());
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        Expr t = a.target();
        if (a.value() != null) {
            expr(a.value());
            expr(t);
        }
        boolean moduleOrClass = u.type == UnitType.MODULE || u.type == UnitType.CLASS;
        boolean future = st.future().annotations();
        switch (t) {
            case Expr.Name n -> {
                forbidden(n.id(), ExprContext.Store);
                if (a.simple() != 0 && moduleOrClass && !future) {
                    expr(a.annotation());
                }
            }
            case Expr.Attribute at -> {
                forbidden(at.attr(), ExprContext.Store);
                if (a.value() == null) {
                    expr(at.value());
                }
            }
            case Expr.Subscript sub -> {
                if (a.value() == null) {
                    expr(sub.value());
                    annSubscript(sub.slice());
                }
            }
            default -> { }
        }
        // Annotations of complex targets are evaluated (only) in modules and classes.
        if (a.simple() == 0 && !future && moduleOrClass) {
            expr(a.annotation());
        }
    }

    private void annSubscript(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                optExpr(s.lower());
                optExpr(s.upper());
                optExpr(s.step());
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    annSubscript(x);
                }
            }
            default -> expr(e);
        }
    }

    private void with(List<WithItem> items, int pos, List<Stmt> body, BlockType type) {
        WithItem item = items.get(pos);
        expr(item.contextExpr());
        pushBlock(type, null);
        optExpr(item.optionalVars());
        if (pos + 1 == items.size()) {
            stmts(body);
        } else {
            with(items, pos + 1, body, type);
        }
        popBlock();
    }

    private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                         boolean star) {
        if (finalbody.isEmpty()) {
            tryExcept(body, handlers, orelse, star);
            return;
        }
        pushBlock(BlockType.FINALLY_TRY, finalbody);
        if (!handlers.isEmpty()) {
            tryExcept(body, handlers, orelse, star);
        } else {
            stmts(body);
        }
        popBlock();
        stmts(finalbody);
        // CPython compiles the finally body a second time, for the exceptional exit, one block
        // deeper. Only the nesting limit can fail there, so skip it when it cannot.
        if (u.blocks.size() + 1 + BlockDepth.of(finalbody) > MAX_BLOCKS) {
            u.loc = UNSET;
            pushBlock(BlockType.FINALLY_END, null);
            stmts(finalbody);
            popBlock();
        }
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, boolean star) {
        pushBlock(BlockType.TRY_EXCEPT, null);
        stmts(body);
        popBlock();
        if (!star) {
            stmts(orelse);
        }
        u.loc = UNSET;
        pushBlock(star ? BlockType.EXCEPTION_GROUP_HANDLER : BlockType.EXCEPTION_HANDLER, null);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.loc = h.loc();
            if (!star && h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last");
            }
            optExpr(h.type());
            if (h.name() != null) {
                storeName(h.name());
            }
            pushBlock(BlockType.HANDLER_CLEANUP, null);
            stmts(h.body());
            popBlock();
        }
        popBlock();
        if (star) {
            stmts(orelse);
        }
    }

    private void match(List<MatchCase> cases) {
        MatchCase last = cases.get(cases.size() - 1);
        boolean hasDefault = PatternChecks.isWildcard(last.pattern()) && cases.size() > 1;
        int n = cases.size() - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            MatchCase c = cases.get(i);
            u.loc = c.pattern().loc();
            new PatternChecks(this).check(c.pattern(), c.guard() != null || i == cases.size() - 1);
            optExpr(c.guard());
            stmts(c.body());
        }
        if (hasDefault) {
            u.loc = last.pattern().loc();
            optExpr(last.guard());
            stmts(last.body());
        }
    }

    // ---- expressions (package-private for PatternChecks)

    void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    void optExpr(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    void setLoc(Loc loc) {
        u.loc = loc;
    }

    RuntimeException errorHere(String msg) {
        return error(msg);
    }

    void expr(Expr e) {
        Loc saved = u.loc;
        u.loc = e.loc();
        expr1(e);
        u.loc = saved;
    }

    private void expr1(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                expr(n.value());
                expr(n.target());
            }
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp un -> expr(un.operand());
            case Expr.Lambda l -> {
                checkDebugArgs(l.args());
                defaults(l.args());
                inUnit(l, UnitType.LAMBDA, l.loc(), () -> expr(l.body()));
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (int i = 0; i < d.values().size(); i++) {
                    optExpr(d.keys().get(i));
                    expr(d.values().get(i));
                }
            }
            case Expr.Set s -> elements(s.elts());
            case Expr.ListComp c -> comprehension(c, c.generators(), c.elt(), null, false);
            case Expr.SetComp c -> comprehension(c, c.generators(), c.elt(), null, false);
            case Expr.DictComp c -> comprehension(c, c.generators(), c.key(), c.value(), false);
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), c.elt(), null, true);
            case Expr.Await a -> {
                if (!topLevelAwait()) {
                    if (!inFunction()) {
                        throw error("'await' outside function");
                    }
                    if (u.type != UnitType.ASYNC_FUNCTION && u.type != UnitType.COMPREHENSION) {
                        throw error("'await' outside async function");
                    }
                }
                expr(a.value());
            }
            case Expr.Yield y -> {
                if (!inFunction()) {
                    throw error("'yield' outside function");
                }
                optExpr(y.value());
            }
            case Expr.YieldFrom y -> {
                if (!inFunction()) {
                    throw error("'yield' outside function");
                }
                if (u.type == UnitType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function");
                }
                expr(y.value());
            }
            case Expr.Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                validateKeywords(c.keywords());
                expr(c.func());
                callArgs(c.args(), c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                optExpr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> {
                expr(a.value());
                matchAttrLocation(a);
                if (a.ctx() == ExprContext.Store) {
                    forbidden(a.attr(), ExprContext.Store);
                }
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> throw error(s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            case Expr.Name n -> forbidden(n.id(), n.ctx());
            case Expr.List l -> sequence(l.elts(), l.ctx());
            case Expr.Tuple t -> sequence(t.elts(), t.ctx());
            case Expr.Slice s -> {
                optExpr(s.lower());
                optExpr(s.upper());
                optExpr(s.step());
            }
        }
    }

    /** CPython moves the location of a multi-line attribute access to its last line. */
    private void matchAttrLocation(Expr.Attribute a) {
        Loc l = u.loc;
        if (l.lineno() == a.loc().endLineno()) {
            return;
        }
        int lineno = a.loc().endLineno();
        int len = a.attr().codePointCount(0, a.attr().length());
        int col = l.colOffset();
        int endCol = l.endColOffset();
        if (len <= a.loc().endColOffset()) {
            col = a.loc().endColOffset() - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.max(lineno, l.endLineno());
        if (lineno == endLineno) {
            endCol = Math.max(col, endCol);
        }
        u.loc = new Loc(lineno, col, endLineno, endCol);
    }

    private void sequence(List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Store) {
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (star >= 0) {
                        throw error("multiple starred expressions in assignment");
                    }
                    // UNPACK_EX packs the counts before and after the star into one oparg.
                    if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                        throw error("too many expressions in star-unpacking assignment");
                    }
                    star = i;
                }
            }
            elements(elts);
        } else if (ctx == ExprContext.Load) {
            elements(elts);
        } else {
            exprs(elts);
        }
    }

    /** Elements of a display or unpacking target, where {@code *x} is allowed. */
    private void elements(List<Expr> elts) {
        for (Expr e : elts) {
            expr(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    private void callArgs(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        elements(args);
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).arg();
            if (name == null) {
                continue;
            }
            forbidden(name, ExprContext.Store);
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).arg())) {
                    u.loc = keywords.get(j).loc();
                    throw error("keyword argument repeated: " + name);
                }
            }
        }
    }

    private void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
        UnitType outer = u.type;
        boolean topLevel = topLevelAwait();
        inUnit(e, UnitType.COMPREHENSION, e.loc(), () -> {
            if (u.ste.isCoroutine() && !genexp && outer != UnitType.ASYNC_FUNCTION
                    && outer != UnitType.COMPREHENSION && !topLevel) {
                throw error("asynchronous comprehension outside of an asynchronous function");
            }
            generator(generators, 0, elt, value);
        });
        expr(generators.get(0).iter());
    }

    private void generator(List<Comprehension> generators, int index, Expr elt, Expr value) {
        Comprehension g = generators.get(index);
        if (index > 0) {
            expr(g.iter());
        }
        boolean async = g.isAsync() != 0;
        if (async) {
            pushBlock(BlockType.ASYNC_COMPREHENSION_GENERATOR, null);
        }
        expr(g.target());
        exprs(g.ifs());
        if (index + 1 < generators.size()) {
            generator(generators, index + 1, elt, value);
        } else {
            expr(elt);
            optExpr(value);
        }
        if (async) {
            popBlock();
        }
    }

    /** CPython's forbidden_name: {@code __debug__} cannot be bound or deleted. */
    void forbidden(String name, ExprContext ctx) {
        if (!name.equals("__debug__")) {
            return;
        }
        if (ctx == ExprContext.Store) {
            throw error("cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del) {
            throw error("cannot delete __debug__");
        }
    }

    private void storeName(String name) {
        forbidden(name, ExprContext.Store);
    }
}
