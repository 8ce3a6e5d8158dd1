package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Alias;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Stmt;

/** Simple statements, loops, imports and the unwinding of break/continue/return. */
abstract class CodeGenStmt extends CodeGenPattern {
    CodeGenStmt(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
    }

    abstract void functionDef(Stmt s, boolean async);

    abstract void classDef(Stmt.ClassDef s);

    abstract void tryStmt(Stmt.Try s);

    abstract void tryStar(Stmt.TryStar s);

    abstract void with(Stmt s, int pos, boolean async);

    abstract void asyncFor(Stmt.AsyncFor s);

    /** Pushes the string form of an annotation (future annotations). */
    abstract void annotationString(Expr e);

    void visitStmts(List<Stmt> body) {
        for (Stmt s : body) {
            visitStmt(s);
        }
    }

    @Override
    void visitStmt(Stmt s) {
        setLoc(s);
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f, false);
            case Stmt.AsyncFunctionDef f -> functionDef(f, true);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> visitExprs(d.targets());
            case Stmt.Assign a -> {
                visitExpr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) {
                        addOpArg(COPY, 1);
                    }
                    visitExpr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> forStmt(f);
            case Stmt.AsyncFor f -> asyncFor(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> ifStmt(i);
            case Stmt.Match m -> match(m);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                addOpArg(RAISE_VARARGS, n);
                nextBlock();
            }
            case Stmt.Try t -> tryStmt(t);
            case Stmt.TryStar t -> tryStar(t);
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> exprStmt(e.value());
            case Stmt.Pass p -> addOp(NOP);
            case Stmt.Break b -> breakStmt();
            case Stmt.Continue c -> continueStmt();
            case Stmt.With w -> with(w, 0, false);
            case Stmt.AsyncWith w -> with(w, 0, true);
        }
    }

    private void exprStmt(Expr value) {
        if (interactive && nestLevel <= 1) {
            visitExpr(value);
            addOp(PRINT_EXPR);
            return;
        }
        if (value instanceof Expr.Constant) {
            addOp(NOP);
            return;
        }
        visitExpr(value);
        unsetLoc();
        addOp(POP_TOP);
    }

    private void returnStmt(Stmt.Return s) {
        Expr v = s.value();
        boolean preserveTos = v != null && !(v instanceof Expr.Constant);
        if (preserveTos) {
            visitExpr(v);
        } else if (v != null) {
            setLoc(v);
            addOp(NOP);
        }
        if (v == null || v.loc().lineno() != s.loc().lineno()) {
            setLoc(s);
            addOp(NOP);
        }
        unwindFBlockStack(preserveTos, false);
        if (v == null) {
            loadNone();
        } else if (!preserveTos) {
            loadConst(((Expr.Constant) v).value());
        }
        addOp(RETURN_VALUE);
    }

    private void breakStmt() {
        addOp(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        unwindFBlock(loop, false);
        addJump(JUMP, loop.exit());
        nextBlock();
    }

    private void continueStmt() {
        addOp(NOP);
        FBlock loop = unwindFBlockStack(false, true);
        addJump(JUMP, loop.block());
        nextBlock();
    }

    /** Unwinds the blocks up to the innermost loop (or all of them); returns that loop. */
    FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = topFBlock();
        if (toLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) {
            return top;
        }
        popFBlock();
        unwindFBlock(top, preserveTos);
        FBlock loop = unwindFBlockStack(preserveTos, toLoop);
        u.fblocks.add(top);
        return loop;
    }

    @SuppressWarnings("unchecked")
    void unwindFBlock(FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                addOp(POP_TOP);
            }
            case TRY_EXCEPT -> addOp(POP_BLOCK);
            case FINALLY_TRY -> {
                addOp(POP_BLOCK);
                if (preserveTos) {
                    pushFBlock(FBlockType.POP_VALUE, null, null, null);
                }
                visitStmts((List<Stmt>) info.datum());
                if (preserveTos) {
                    popFBlock();
                }
                unsetLoc();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                addOp(POP_TOP);
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                addOp(POP_BLOCK);
                addOp(POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                setLoc((Stmt) info.datum());
                addOp(POP_BLOCK);
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                callExitWithNones();
                if (info.type() == FBlockType.ASYNC_WITH) {
                    addOpArg(GET_AWAITABLE, 2);
                    loadNone();
                    addYieldFrom(true);
                }
                addOp(POP_TOP);
                unsetLoc();
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) {
                    addOp(POP_BLOCK);
                }
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                addOp(POP_BLOCK);
                addOp(POP_EXCEPT);
                if (info.datum() != null) {
                    loadNone();
                    nameOp((String) info.datum(), ExprContext.Store);
                    nameOp((String) info.datum(), ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addOpArg(SWAP, 2);
                }
                addOp(POP_TOP);
            }
        }
    }

    void callExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        addOpArg(PRECALL, 2);
        addOpArg(CALL, 2);
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        FlowGraph.Loc saved = u.loc;
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                visitExpr(a.value());
                addOpArg(COPY, 1);
                updateStartLocationToMatchAttr(a);
                addOpArg(LOAD_ATTR, attrName(a.attr()));
            }
            case Expr.Subscript sub -> {
                visitExpr(sub.value());
                visitExpr(sub.slice());
                addOpArg(COPY, 2);
                addOpArg(COPY, 2);
                addOp(BINARY_SUBSCR);
            }
            case Expr.Name n -> nameOp(n.id(), ExprContext.Load);
            default -> throw new IllegalStateException("invalid augmented assignment target");
        }
        u.loc = saved;
        visitExpr(s.value());
        addOpArg(BINARY_OP, binaryOpArg(s.op(), true));
        setLoc(e);
        switch (e) {
            case Expr.Attribute a -> {
                updateStartLocationToMatchAttr(a);
                addOpArg(SWAP, 2);
                addOpArg(STORE_ATTR, attrName(a.attr()));
            }
            case Expr.Subscript sub -> {
                addOpArg(SWAP, 3);
                addOpArg(SWAP, 2);
                addOp(STORE_SUBSCR);
            }
            case Expr.Name n -> nameOp(n.id(), ExprContext.Store);
            default -> { }
        }
    }

    private boolean moduleOrClass() {
        return u.type == CodeGenUnit.Type.MODULE || u.type == CodeGenUnit.Type.CLASS;
    }

    private void annAssign(Stmt.AnnAssign s) {
        Expr targ = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(targ);
        }
        switch (targ) {
            case Expr.Name n -> {
                if (s.simple() != 0 && moduleOrClass()) {
                    if (futureAnnotations) {
                        annotationString(s.annotation());
                    } else {
                        visitExpr(s.annotation());
                    }
                    addOpArg(LOAD_NAME, u.nameIndex("__annotations__"));
                    loadConst(mangle(n.id()));
                    addOp(STORE_SUBSCR);
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw new IllegalStateException("invalid annotation target");
        }
        if (s.simple() == 0 && !futureAnnotations && moduleOrClass()) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Expr e) {
        visitExpr(e);
        addOp(POP_TOP);
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) {
                    checkAnnExpr(s.lower());
                }
                if (s.upper() != null) {
                    checkAnnExpr(s.upper());
                }
                if (s.step() != null) {
                    checkAnnExpr(s.step());
                }
            }
            case Expr.Tuple t -> {
                for (Expr x : t.elts()) {
                    checkAnnSubscr(x);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    /** Whether the statements (outside nested scopes) contain an annotated assignment. */
    static boolean findAnn(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean r = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.For f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.AsyncFor f -> findAnn(f.body()) || findAnn(f.orelse());
                case Stmt.While w -> findAnn(w.body()) || findAnn(w.orelse());
                case Stmt.If i -> findAnn(i.body()) || findAnn(i.orelse());
                case Stmt.With w -> findAnn(w.body());
                case Stmt.AsyncWith w -> findAnn(w.body());
                case Stmt.Try t -> handlersAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                case Stmt.TryStar t -> handlersAnn(t.handlers()) || findAnn(t.body()) || findAnn(t.finalbody())
                        || findAnn(t.orelse());
                case Stmt.Match m -> m.cases().stream().anyMatch(c -> findAnn(c.body()));
                default -> false;
            };
            if (r) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersAnn(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            if (findAnn(h.body())) {
                return true;
            }
        }
        return false;
    }

    private void forStmt(Stmt.For s) {
        Block start = newBlock();
        Block body = newBlock();
        Block cleanup = newBlock();
        Block end = newBlock();
        pushFBlock(FBlockType.FOR_LOOP, start, end, null);
        visitExpr(s.iter());
        addOp(GET_ITER);
        useNextBlock(start);
        addJump(FOR_ITER, cleanup);
        useNextBlock(body);
        visitExpr(s.target());
        visitStmts(s.body());
        unsetLoc();
        addJump(JUMP, start);
        useNextBlock(cleanup);
        popFBlock();
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    private void whileStmt(Stmt.While s) {
        Block loop = newBlock();
        Block body = newBlock();
        Block anchor = newBlock();
        Block end = newBlock();
        useNextBlock(loop);
        pushFBlock(FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(s.test(), anchor, false);
        useNextBlock(body);
        visitStmts(s.body());
        setLoc(s);
        jumpIf(s.test(), body, true);
        popFBlock();
        useNextBlock(anchor);
        visitStmts(s.orelse());
        useNextBlock(end);
    }

    private void ifStmt(Stmt.If s) {
        Block end = newBlock();
        Block next = s.orelse().isEmpty() ? end : newBlock();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            addJumpNoLine(JUMP, end);
            useNextBlock(next);
            visitStmts(s.orelse());
        }
        useNextBlock(end);
    }

    private void assertStmt(Stmt.Assert s) {
        if (optimize > 0) {
            return;
        }
        Block end = newBlock();
        jumpIf(s.test(), end, true);
        addOp(LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            visitExpr(s.msg());
            addOpArg(PRECALL, 0);
            addOpArg(CALL, 0);
        }
        addOpArg(RAISE_VARARGS, 1);
        useNextBlock(end);
    }

    private void importStmt(Stmt.Import s) {
        for (Alias a : s.names()) {
            loadConst(0L);
            loadNone();
            addOpArg(IMPORT_NAME, attrName(a.name()));
            if (a.asname() != null) {
                importAs(a.name(), a.asname());
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.Store);
            }
        }
    }

    private void importAs(String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                addOpArg(IMPORT_FROM, u.nameIndex(attr));
                if (dot < 0) {
                    break;
                }
                addOpArg(SWAP, 2);
                addOp(POP_TOP);
            }
            nameOp(asname, ExprContext.Store);
            addOp(POP_TOP);
            return;
        }
        nameOp(asname, ExprContext.Store);
    }

    private void importFrom(Stmt.ImportFrom s) {
        loadConst((long) s.level());
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        loadConst(new CodeUnit.ConstTuple(names));
        addOpArg(IMPORT_NAME, attrName(s.module() != null ? s.module() : ""));
        for (int i = 0; i < s.names().size(); i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().startsWith("*")) {
                addOp(IMPORT_STAR);
                return;
            }
            addOpArg(IMPORT_FROM, attrName(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        addOp(POP_TOP);
    }
}
