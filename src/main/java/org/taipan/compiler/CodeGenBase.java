package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Located;
import org.taipan.parser.ast.Stmt;

/**
 * The code generator's state and emission primitives: the stack of units being compiled, the
 * current location given to new instructions, blocks, constants, names and the compile-time
 * block stack (loops, try, with). The visitors live in the subclasses, one file per concern.
 */
abstract class CodeGenBase {
    /** The compile-time blocks that break/continue/return must unwind (CPython's fblocks). */
    enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    /** {@code datum}: the finally body (List of Stmt), the with statement, or the handler's name. */
    record FBlock(FBlockType type, Block block, Block exit, Object datum) {}

    /** The CO_FUTURE_* bits of compile()'s flags, which every code object inherits (CPython's PyCF_MASK). */
    static final int PYCF_MASK = 0x1FE0000;

    final Symtable st;
    final String filename;
    final int futureFlags;
    final int optimize;
    final boolean futureAnnotations;
    boolean interactive;
    final List<CodeGenUnit> stack = new ArrayList<>();
    CodeGenUnit u;
    /** Nesting depth of code blocks (1 inside the module). */
    int nestLevel;

    CodeGenBase(Symtable st, String filename, int flags, int optimize) {
        this.st = st;
        this.filename = filename;
        this.futureFlags = st.future().flags() | (flags & PYCF_MASK);
        this.optimize = optimize;
        this.futureAnnotations = (futureFlags & Future.CO_FUTURE_ANNOTATIONS) != 0;
    }

    abstract void visitStmt(Stmt s);

    abstract void visitExpr(Expr e);

    // ---- locations

    static FlowGraph.Loc locOf(Located n) {
        org.taipan.parser.ast.Loc l = n.loc();
        return new FlowGraph.Loc(l.lineno(), l.endLineno(), l.colOffset(), l.endColOffset());
    }

    void setLoc(Located n) {
        u.loc = locOf(n);
    }

    void unsetLoc() {
        u.loc = FlowGraph.Loc.NONE;
    }

    // ---- emission

    Instr addOp(int op) {
        return addOpArg(op, 0);
    }

    Instr addOpArg(int op, int arg) {
        return add(new Instr(op, arg, null, u.loc));
    }

    void addOpNoLine(int op) {
        add(new Instr(op, 0, null, FlowGraph.Loc.NONE));
    }

    void addOpNoLineArg(int op, int arg) {
        add(new Instr(op, arg, null, FlowGraph.Loc.NONE));
    }

    void addJump(int op, Block target) {
        add(new Instr(op, 0, target, u.loc));
    }

    void addJumpNoLine(int op, Block target) {
        add(new Instr(op, 0, target, FlowGraph.Loc.NONE));
    }

    /** Appends to the current block; a jump or exit always ends its block, so code after it starts a new one. */
    private Instr add(Instr i) {
        Instr last = u.cur.last();
        if (last != null && (FlowGraph.isFlowJump(last.op) || FlowGraph.isScopeExit(last.op))) {
            nextBlock();
        }
        u.cur.instrs.add(i);
        return i;
    }

    void loadConst(Object v) {
        addOpArg(LOAD_CONST, u.consts.add(v));
    }

    void loadNone() {
        loadConst(ConstantValue.NONE);
    }

    Block newBlock() {
        return u.g.newBlock();
    }

    /** Makes {@code b} the current block, placed after the current one in the layout. */
    void useNextBlock(Block b) {
        u.cur.next = b;
        u.cur = b;
    }

    void nextBlock() {
        useNextBlock(newBlock());
    }

    void pushFBlock(FBlockType t, Block b, Block exit, Object datum) {
        u.fblocks.add(new FBlock(t, b, exit, datum));
    }

    void popFBlock() {
        u.fblocks.remove(u.fblocks.size() - 1);
    }

    FBlock topFBlock() {
        return u.fblocks.isEmpty() ? null : u.fblocks.get(u.fblocks.size() - 1);
    }

    // ---- names

    String mangle(String name) {
        return Scope.mangle(u.privateName, name);
    }

    /** Emits the load/store/delete of a variable as its scope dictates (CPython's compiler_nameop). */
    void nameOp(String name, ExprContext ctx) {
        String mangled = mangle(name);
        int scope = u.ste.scopeOf(mangled);
        boolean function = u.ste.isFunction();
        enum Kind { DEREF, FAST, GLOBAL, NAME }
        Kind k;
        boolean cell = false;
        switch (scope) {
            case Symbol.FREE -> k = Kind.DEREF;
            case Symbol.CELL -> {
                k = Kind.DEREF;
                cell = true;
            }
            case Symbol.LOCAL -> k = function ? Kind.FAST : Kind.NAME;
            case Symbol.GLOBAL_IMPLICIT -> k = function ? Kind.GLOBAL : Kind.NAME;
            case Symbol.GLOBAL_EXPLICIT -> k = Kind.GLOBAL;
            default -> k = Kind.NAME;
        }
        switch (k) {
            case DEREF -> {
                int idx = u.derefIndex(mangled, cell);
                int op = switch (ctx) {
                    case Load -> u.ste.kind() == Scope.Kind.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF;
                    case Store -> STORE_DEREF;
                    case Del -> DELETE_DEREF;
                };
                addOpArg(op, idx);
            }
            case FAST -> addOpArg(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST
                    : DELETE_FAST, u.varIndex(mangled));
            case GLOBAL -> {
                int idx = u.nameIndex(mangled);
                switch (ctx) {
                    case Load -> addOpArg(LOAD_GLOBAL, idx << 1);
                    case Store -> addOpArg(STORE_GLOBAL, idx);
                    case Del -> addOpArg(DELETE_GLOBAL, idx);
                }
            }
            case NAME -> addOpArg(ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME
                    : DELETE_NAME, u.nameIndex(mangled));
        }
    }

    /** Adds an attribute or method name (mangled) to co_names. */
    int attrName(String name) {
        return u.nameIndex(mangle(name));
    }
}
