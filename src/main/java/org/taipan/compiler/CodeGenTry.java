package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.List;
import org.taipan.parser.ast.ExceptHandler;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Stmt;
import org.taipan.parser.ast.WithItem;

/**
 * try/except/finally, except*, with and async with, async for: the 3.11 scheme where SETUP_*
 * pseudo-instructions mark protected ranges that become the exception table, handlers start
 * with PUSH_EXC_INFO and a cleanup handler restores the previous exception.
 */
abstract class CodeGenTry extends CodeGenStmt {
    CodeGenTry(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
    }

    void popExceptAndReraise() {
        addOpArg(COPY, 3);
        addOp(POP_EXCEPT);
        addOpArg(RERAISE, 1);
    }

    @Override
    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s.body(), s.handlers(), s.orelse(), s.finalbody(), s, false);
        } else {
            tryExcept(s.body(), s.handlers(), s.orelse(), s);
        }
    }

    @Override
    void tryStar(Stmt.TryStar s) {
        if (!s.finalbody().isEmpty()) {
            tryFinally(s.body(), s.handlers(), s.orelse(), s.finalbody(), s, true);
        } else {
            tryStarExcept(s.body(), s.handlers(), s.orelse(), s);
        }
    }

    private void tryFinally(List<Stmt> bodyStmts, List<ExceptHandler> handlers, List<Stmt> orelse,
                            List<Stmt> finalbody, Stmt s, boolean star) {
        Block body = newBlock();
        Block end = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        addJump(SETUP_FINALLY, end);
        useNextBlock(body);
        pushFBlock(FBlockType.FINALLY_TRY, body, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(bodyStmts, handlers, orelse, s);
            } else {
                tryExcept(bodyStmts, handlers, orelse, s);
            }
        } else {
            visitStmts(bodyStmts);
        }
        addOpNoLine(POP_BLOCK);
        popFBlock();
        visitStmts(finalbody);
        addJumpNoLine(JUMP, exit);
        useNextBlock(end);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO);
        pushFBlock(FBlockType.FINALLY_END, end, null, null);
        visitStmts(finalbody);
        popFBlock();
        addOpArg(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
    }

    private void tryExcept(List<Stmt> bodyStmts, List<ExceptHandler> handlers, List<Stmt> orelseStmts, Stmt s) {
        Block body = newBlock();
        Block except = newBlock();
        Block orelse = newBlock();
        Block end = newBlock();
        Block cleanup = newBlock();
        addJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
        visitStmts(bodyStmts);
        popFBlock();
        addOpNoLine(POP_BLOCK);
        visitStmts(orelseStmts);
        addJumpNoLine(JUMP, end);
        useNextBlock(except);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO);
        pushFBlock(FBlockType.EXCEPTION_HANDLER, null, null, null);
        for (ExceptHandler h : handlers) {
            setLoc(h);
            except = newBlock();
            if (h.type() != null) {
                visitExpr(h.type());
                addOp(CHECK_EXC_MATCH);
                addJump(POP_JUMP_IF_FALSE, except);
            }
            if (h.name() != null) {
                Block cleanupEnd = newBlock();
                Block cleanupBody = newBlock();
                nameOp(h.name(), ExprContext.Store);
                addJump(SETUP_CLEANUP, cleanupEnd);
                useNextBlock(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                addOp(POP_BLOCK);
                addOp(POP_BLOCK);
                addOp(POP_EXCEPT);
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                addJump(JUMP, end);
                useNextBlock(cleanupEnd);
                unsetLoc();
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                addOpArg(RERAISE, 1);
            } else {
                Block cleanupBody = newBlock();
                addOp(POP_TOP);
                useNextBlock(cleanupBody);
                pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, null);
                visitStmts(h.body());
                popFBlock();
                unsetLoc();
                addOp(POP_BLOCK);
                addOp(POP_EXCEPT);
                addJump(JUMP, end);
            }
            useNextBlock(except);
        }
        unsetLoc();
        popFBlock();
        addOpArg(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelse);
        useNextBlock(end);
    }

    /** try/except*: each handler takes its part of the group; what no handler took is reraised. */
    private void tryStarExcept(List<Stmt> bodyStmts, List<ExceptHandler> handlers, List<Stmt> orelseStmts,
                               Stmt s) {
        Block body = newBlock();
        Block except = newBlock();
        Block orelse = newBlock();
        Block end = newBlock();
        Block cleanup = newBlock();
        Block reraiseStar = newBlock();
        addJump(SETUP_FINALLY, except);
        useNextBlock(body);
        pushFBlock(FBlockType.TRY_EXCEPT, body, null, null);
        visitStmts(bodyStmts);
        popFBlock();
        addOpNoLine(POP_BLOCK);
        addJumpNoLine(JUMP, orelse);
        int n = handlers.size();
        useNextBlock(except);
        unsetLoc();
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO);
        pushFBlock(FBlockType.EXCEPTION_GROUP_HANDLER, null, null, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            setLoc(h);
            except = newBlock();
            Block exceptWithError = newBlock();
            Block noMatch = newBlock();
            if (i == 0) {
                // Stack: the original group, the list of raised exceptions, the group to match.
                addOpArg(COPY, 1);
                addOpArg(BUILD_LIST, 0);
                addOpArg(SWAP, 2);
            }
            if (h.type() != null) {
                visitExpr(h.type());
                addOp(CHECK_EG_MATCH);
                addOpArg(COPY, 1);
                addJump(POP_JUMP_IF_NONE, noMatch);
            }
            Block cleanupEnd = newBlock();
            Block cleanupBody = newBlock();
            if (h.name() != null) {
                nameOp(h.name(), ExprContext.Store);
            } else {
                addOp(POP_TOP);
            }
            addJump(SETUP_CLEANUP, cleanupEnd);
            useNextBlock(cleanupBody);
            pushFBlock(FBlockType.HANDLER_CLEANUP, cleanupBody, null, h.name());
            visitStmts(h.body());
            popFBlock();
            unsetLoc();
            addOp(POP_BLOCK);
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
            }
            addJump(JUMP, except);
            useNextBlock(cleanupEnd);
            unsetLoc();
            if (h.name() != null) {
                loadNone();
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
            }
            // The exception the handler raised joins the list.
            addOpArg(LIST_APPEND, 3);
            addOp(POP_TOP);
            addJump(JUMP, exceptWithError);
            useNextBlock(except);
            addOp(NOP);
            addJump(JUMP, exceptWithError);
            useNextBlock(noMatch);
            addOp(POP_TOP);
            useNextBlock(exceptWithError);
            if (i == n - 1) {
                // The unmatched rest of the group joins the list.
                addOpArg(LIST_APPEND, 1);
                addJump(JUMP, reraiseStar);
            }
        }
        unsetLoc();
        popFBlock();
        Block reraise = newBlock();
        useNextBlock(reraiseStar);
        addOp(PREP_RERAISE_STAR);
        addOpArg(COPY, 1);
        addJump(POP_JUMP_IF_NOT_NONE, reraise);
        addOp(POP_TOP);
        addOp(POP_BLOCK);
        addOp(POP_EXCEPT);
        addJump(JUMP, end);
        useNextBlock(reraise);
        addOp(POP_BLOCK);
        addOpArg(SWAP, 2);
        addOp(POP_EXCEPT);
        addOpArg(RERAISE, 0);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(orelse);
        visitStmts(orelseStmts);
        useNextBlock(end);
    }

    @Override
    void with(Stmt s, int pos, boolean async) {
        List<WithItem> items = s instanceof Stmt.With w ? w.items() : ((Stmt.AsyncWith) s).items();
        List<Stmt> bodyStmts = s instanceof Stmt.With w ? w.body() : ((Stmt.AsyncWith) s).body();
        WithItem item = items.get(pos);
        Block body = newBlock();
        Block fin = newBlock();
        Block exit = newBlock();
        Block cleanup = newBlock();
        visitExpr(item.contextExpr());
        if (async) {
            addOp(BEFORE_ASYNC_WITH);
            addOpArg(GET_AWAITABLE, 1);
            loadNone();
            addYieldFrom(true);
        } else {
            addOp(BEFORE_WITH);
        }
        addJump(SETUP_WITH, fin);
        useNextBlock(body);
        pushFBlock(async ? FBlockType.ASYNC_WITH : FBlockType.WITH, body, fin, s);
        if (item.optionalVars() != null) {
            visitExpr(item.optionalVars());
        } else {
            addOp(POP_TOP);
        }
        pos++;
        if (pos == items.size()) {
            visitStmts(bodyStmts);
        } else {
            with(s, pos, async);
        }
        if (async) {
            popFBlock();
            addOp(POP_BLOCK);
        } else {
            unsetLoc();
            addOp(POP_BLOCK);
            popFBlock();
        }
        setLoc(s);
        callExitWithNones();
        if (async) {
            addOpArg(GET_AWAITABLE, 2);
            loadNone();
            addYieldFrom(true);
        }
        addOp(POP_TOP);
        addJump(JUMP, exit);
        useNextBlock(fin);
        addJump(SETUP_CLEANUP, cleanup);
        addOp(PUSH_EXC_INFO);
        addOp(WITH_EXCEPT_START);
        if (async) {
            addOpArg(GET_AWAITABLE, 2);
            loadNone();
            addYieldFrom(true);
        }
        withExceptFinish(cleanup);
        useNextBlock(exit);
    }

    private void withExceptFinish(Block cleanup) {
        unsetLoc();
        Block exit = newBlock();
        addJump(POP_JUMP_IF_TRUE, exit);
        nextBlock();
        addOpArg(RERAISE, 2);
        useNextBlock(cleanup);
        popExceptAndReraise();
        useNextBlock(exit);
        addOp(POP_TOP);
        addOp(POP_BLOCK);
        addOp(POP_EXCEPT);
        addOp(POP_TOP);
        addOp(POP_TOP);
    }

    @Override
    void asyncFor(Stmt.AsyncFor s) {
        Block start = newBlock();
        Block except = newBlock();
        Block end = newBlock();
        visitExpr(s.iter());
        addOp(GET_AITER);
        useNextBlock(start);
        pushFBlock(FBlockType.FOR_LOOP, start, end, null);
        addJump(SETUP_FINALLY, except);
        addOp(GET_ANEXT);
        loadNone();
        addYieldFrom(true);
        addOp(POP_BLOCK);
        visitExpr(s.target());
        visitStmts(s.body());
        unsetLoc();
        addJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        setLoc(s.iter());
        addOp(END_ASYNC_FOR);
        visitStmts(s.orelse());
        useNextBlock(end);
    }
}
