package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.WithItem;

/**
 * The SyntaxErrors CPython 3.11 raises while generating code (compile.c), found by walking the
 * AST in the order its code generator does — which differs from the symbol table's order (an
 * assignment's value before its targets, a class body before its bases, a comprehension's
 * outermost iterable last, finally bodies again where break/continue/return leave them) — and
 * tracking the "current location" the way it does, since that is where each error points.
 * This part handles statements and the block stack; {@link CodegenExprChecks} expressions,
 * {@link PatternChecks} the patterns of {@code match}.
 */
final class CodegenChecks extends CodegenExprChecks {
    private final boolean interactive;
    /** compile()'s optimize level is at least 1: asserts are not compiled. */
    private final boolean noAsserts;

    private CodegenChecks(Symtable st, CompileError errors, boolean interactive, boolean allowTopLevelAwait,
                          boolean noAsserts) {
        super(st, errors, allowTopLevelAwait);
        this.interactive = interactive;
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
                if (top.type() == BlockType.EXCEPTION_GROUP_HANDLER) {
                    throw error("'break', 'continue' and 'return' cannot appear in an except* block");
                }
                if (toLoop && (top.type() == BlockType.WHILE_LOOP || top.type() == BlockType.FOR_LOOP)) {
                    return true;
                }
                u.blocks.remove(i);
                switch (top.type()) {
                    case FINALLY_TRY -> {
                        if (preserveTos) {
                            pushBlock(BlockType.POP_VALUE, null);
                        }
                        stmts(top.finalbody());
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
                warn(CodegenWarnings.assertion(a)); // also when asserts are not compiled
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
        // deeper: the nesting limit may fail there, and its SyntaxWarnings are issued again.
        u.loc = UNSET;
        pushBlock(BlockType.FINALLY_END, null);
        stmts(finalbody);
        popBlock();
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
}
