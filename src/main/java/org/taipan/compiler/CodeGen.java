package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.ConstantValue;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Mod;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Stmt;

/**
 * Code blocks: the module, functions, lambdas, classes and comprehensions (each a nested code
 * object made by MAKE_FUNCTION, with LOAD_CLOSURE for its free variables), decorators,
 * defaults and annotations.
 */
final class CodeGen extends CodeGenTry {
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT. */
    static final int ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    private final int compileFlags;

    CodeGen(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
        this.compileFlags = flags;
    }

    CodeUnit compileModule(Mod mod) {
        enterScope("<module>", CodeGenUnit.Type.MODULE, mod, 1);
        boolean addNone = true;
        switch (mod) {
            case Mod.Module m -> body(m.body());
            case Mod.Interactive m -> {
                if (findAnn(m.body())) {
                    addOp(SETUP_ANNOTATIONS);
                }
                interactive = true;
                visitStmts(m.body());
            }
            case Mod.Expression m -> {
                visitExpr(m.body());
                addNone = false;
            }
            case Mod.FunctionType m -> throw new IllegalArgumentException("function_type mode is not compilable");
        }
        return exitScope(addNone);
    }

    // ---- units

    private void enterScope(String name, CodeGenUnit.Type type, Node key, int lineno) {
        Scope ste = st.scopeOf(key);
        if (ste == null) {
            throw new IllegalStateException("no symbol table entry for " + name);
        }
        String priv = u != null ? u.privateName : null;
        CodeGenUnit nu = new CodeGenUnit(ste, type, name, priv, lineno);
        if (ste.needsClassClosure() && !nu.cellvars.contains("__class__")) {
            nu.cellvars.clear();
            nu.cellvars.add("__class__");
        }
        if (u != null) {
            stack.add(u);
        }
        u = nu;
        nestLevel++;
        u.loc = new FlowGraph.Loc(lineno, lineno, 0, 0);
        if (type == CodeGenUnit.Type.MODULE) {
            u.loc = new FlowGraph.Loc(0, lineno, 0, 0);
            u.qualname = name;
        } else {
            setQualname();
        }
        addOpArg(RESUME, 0);
        if (type == CodeGenUnit.Type.MODULE) {
            u.loc = new FlowGraph.Loc(-1, lineno, 0, 0);
        }
    }

    private CodeUnit exitScope(boolean addNone) {
        int flags = futureFlags;
        if ((compileFlags & ALLOW_TOP_LEVEL_AWAIT) != 0 && u.type == CodeGenUnit.Type.MODULE
                && u.ste.isCoroutine() && !u.ste.isGenerator()) {
            flags |= CodeUnit.CO_COROUTINE;
        }
        CodeUnit co = Assembler.assemble(u, filename, flags, addNone);
        nestLevel--;
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
        return co;
    }

    private void setQualname() {
        String base = null;
        if (!stack.isEmpty()) {
            CodeGenUnit parent = stack.get(stack.size() - 1);
            boolean forceGlobal = false;
            if (u.type == CodeGenUnit.Type.FUNCTION || u.type == CodeGenUnit.Type.ASYNC_FUNCTION
                    || u.type == CodeGenUnit.Type.CLASS) {
                String mangled = Scope.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scopeOf(mangled) == Symbol.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal && parent.type != CodeGenUnit.Type.MODULE) {
                boolean fn = parent.type == CodeGenUnit.Type.FUNCTION
                        || parent.type == CodeGenUnit.Type.ASYNC_FUNCTION || parent.type == CodeGenUnit.Type.LAMBDA;
                base = fn ? parent.qualname + ".<locals>" : parent.qualname;
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    private static boolean isDocstring(List<Stmt> body) {
        return Future.isDocstring(body);
    }

    /** Module and class bodies: annotations dict, docstring, statements. */
    private void body(List<Stmt> stmts) {
        int i = 0;
        if (u.type == CodeGenUnit.Type.MODULE && !stmts.isEmpty()) {
            setLoc(stmts.get(0));
        }
        if (findAnn(stmts)) {
            addOp(SETUP_ANNOTATIONS);
        }
        if (stmts.isEmpty()) {
            return;
        }
        if (optimize < 2 && isDocstring(stmts)) {
            i = 1;
            Stmt.ExprStmt first = (Stmt.ExprStmt) stmts.get(0);
            visitExpr(first.value());
            unsetLoc();
            nameOp("__doc__", ExprContext.Store);
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    // ---- functions

    @Override
    void functionDef(Stmt s, boolean async) {
        String name;
        Arguments args;
        List<Stmt> body;
        List<Expr> decos;
        Expr returns;
        if (s instanceof Stmt.FunctionDef f) {
            name = f.name();
            args = f.args();
            body = f.body();
            decos = f.decoratorList();
            returns = f.returns();
        } else {
            Stmt.AsyncFunctionDef f = (Stmt.AsyncFunctionDef) s;
            name = f.name();
            args = f.args();
            body = f.body();
            decos = f.decoratorList();
            returns = f.returns();
        }
        visitExprs(decos);
        int firstlineno = decos.isEmpty() ? s.loc().lineno() : decos.get(0).loc().lineno();
        int funcflags = defaultArguments(args);
        if (annotations(args, returns)) {
            funcflags |= 0x04;
        }
        enterScope(name, async ? CodeGenUnit.Type.ASYNC_FUNCTION : CodeGenUnit.Type.FUNCTION, s, firstlineno);
        Object docstring = optimize < 2 && isDocstring(body)
                ? ((Expr.Constant) ((Stmt.ExprStmt) body.get(0)).value()).value() : null;
        u.consts.add(docstring != null ? docstring : ConstantValue.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        for (int i = docstring != null ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        String qualname = u.qualname;
        CodeUnit co = exitScope(true);
        makeClosure(co, funcflags, qualname);
        applyDecorators(decos, s);
        nameOp(name, ExprContext.Store);
    }

    /** Calls the decorators, innermost first, each at its own location. */
    private void applyDecorators(List<Expr> decos, Stmt s) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            setLoc(decos.get(i));
            addOpArg(PRECALL, 0);
            addOpArg(CALL, 0);
        }
        setLoc(s);
    }

    /** Pushes the defaults tuple and keyword-defaults dict; returns MAKE_FUNCTION's flag bits. */
    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            visitExprs(args.defaults());
            addOpArg(BUILD_TUPLE, args.defaults().size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(mangle(args.kwonlyargs().get(i).arg()));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new CodeUnit.ConstTuple(keys));
            addOpArg(BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** Pushes the annotations tuple (name, value, ...); false if there are none. */
    private boolean annotations(Arguments args, Expr returns) {
        int[] len = {0};
        argAnnotations(args.args(), len);
        argAnnotations(args.posonlyargs(), len);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            argAnnotation(args.vararg().arg(), args.vararg().annotation(), len);
        }
        argAnnotations(args.kwonlyargs(), len);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), len);
        }
        argAnnotation("return", returns, len);
        if (len[0] > 0) {
            addOpArg(BUILD_TUPLE, len[0]);
            return true;
        }
        return false;
    }

    private void argAnnotations(List<Arg> args, int[] len) {
        for (Arg a : args) {
            argAnnotation(a.arg(), a.annotation(), len);
        }
    }

    private void argAnnotation(String id, Expr annotation, int[] len) {
        if (annotation == null) {
            return;
        }
        loadConst(mangle(id));
        if (futureAnnotations) {
            annotationString(annotation);
        } else if (annotation instanceof Expr.Starred s) {
            visitExpr(s.value());
            addOpArg(UNPACK_SEQUENCE, 1);
        } else {
            visitExpr(annotation);
        }
        len[0] += 2;
    }

    @Override
    void annotationString(Expr e) {
        loadConst(Unparse.unparse(e));
    }

    /** MAKE_FUNCTION for {@code co}, with the closure tuple when it has free variables. */
    private void makeClosure(CodeUnit co, int flags, String qualname) {
        List<String> free = new ArrayList<>();
        for (int i = 0; i < co.localsplusNames().size(); i++) {
            if ((co.localsplusKinds()[i] & CodeUnit.KIND_FREE) != 0) {
                free.add(co.localsplusNames().get(i));
            }
        }
        if (!free.isEmpty()) {
            for (String name : free) {
                boolean cell;
                if (u.type == CodeGenUnit.Type.CLASS && name.equals("__class__")) {
                    cell = true;
                } else {
                    cell = u.ste.scopeOf(name) == Symbol.CELL;
                }
                addOpArg(LOAD_CLOSURE, u.derefIndex(name, cell));
            }
            flags |= 0x08;
            addOpArg(BUILD_TUPLE, free.size());
        }
        loadConst(co);
        addOpArg(MAKE_FUNCTION, flags);
    }

    @Override
    void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        int funcflags = defaultArguments(args);
        enterScope("<lambda>", CodeGenUnit.Type.LAMBDA, e, e.loc().lineno());
        u.consts.add(ConstantValue.NONE);
        u.argcount = args.args().size();
        u.posonlyargcount = args.posonlyargs().size();
        u.kwonlyargcount = args.kwonlyargs().size();
        visitExpr(e.body());
        CodeUnit co;
        String qualname = u.qualname;
        if (u.ste.isGenerator()) {
            co = exitScope(false);
        } else {
            addOp(RETURN_VALUE);
            co = exitScope(true);
        }
        makeClosure(co, funcflags, qualname);
    }

    // ---- classes

    @Override
    void classDef(Stmt.ClassDef s) {
        visitExprs(s.decoratorList());
        int firstlineno = s.decoratorList().isEmpty() ? s.loc().lineno() : s.decoratorList().get(0).loc().lineno();
        enterScope(s.name(), CodeGenUnit.Type.CLASS, s, firstlineno);
        CodeGenUnit cu = u;
        setPrivate(s.name());
        nameOp("__name__", ExprContext.Load);
        nameOp("__module__", ExprContext.Store);
        loadConst(u.qualname);
        nameOp("__qualname__", ExprContext.Store);
        body(s.body());
        unsetLoc();
        if (cu.ste.needsClassClosure()) {
            addOpArg(LOAD_CLOSURE, u.derefIndex("__class__", true));
            addOpArg(COPY, 1);
            nameOp("__classcell__", ExprContext.Store);
        } else {
            loadNone();
        }
        addOp(RETURN_VALUE);
        CodeUnit co = exitScope(true);
        addOp(PUSH_NULL);
        addOp(LOAD_BUILD_CLASS);
        makeClosure(co, 0, null);
        loadConst(s.name());
        callHelper(2, s.bases(), s.keywords());
        applyDecorators(s.decoratorList(), s);
        nameOp(s.name(), ExprContext.Store);
    }

    private void setPrivate(String name) {
        u.privateName = name;
    }

    // ---- comprehensions

    private enum CompType { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    @Override
    void comprehension(Expr e) {
        CompType type;
        String name;
        List<Comprehension> gens;
        Expr elt;
        Expr val = null;
        switch (e) {
            case Expr.GeneratorExp g -> {
                type = CompType.GENEXP;
                name = "<genexpr>";
                gens = g.generators();
                elt = g.elt();
            }
            case Expr.ListComp l -> {
                type = CompType.LISTCOMP;
                name = "<listcomp>";
                gens = l.generators();
                elt = l.elt();
            }
            case Expr.SetComp l -> {
                type = CompType.SETCOMP;
                name = "<setcomp>";
                gens = l.generators();
                elt = l.elt();
            }
            case Expr.DictComp d -> {
                type = CompType.DICTCOMP;
                name = "<dictcomp>";
                gens = d.generators();
                elt = d.key();
                val = d.value();
            }
            default -> throw new IllegalArgumentException();
        }
        Comprehension outermost = gens.get(0);
        boolean topLevelAwait = (compileFlags & ALLOW_TOP_LEVEL_AWAIT) != 0 && u.type == CodeGenUnit.Type.MODULE;
        enterScope(name, CodeGenUnit.Type.COMPREHENSION, e, e.loc().lineno());
        setLoc(e);
        boolean asyncGen = u.ste.isCoroutine();
        if (type != CompType.GENEXP) {
            addOpArg(switch (type) {
                case LISTCOMP -> BUILD_LIST;
                case SETCOMP -> BUILD_SET;
                default -> BUILD_MAP;
            }, 0);
        }
        comprehensionGenerator(gens, 0, 0, elt, val, type);
        if (type != CompType.GENEXP) {
            addOp(RETURN_VALUE);
        }
        String qualname = u.qualname;
        CodeUnit co = exitScope(true);
        makeClosure(co, 0, qualname);
        visitExpr(outermost.iter());
        addOp(outermost.isAsync() != 0 ? GET_AITER : GET_ITER);
        addOpArg(PRECALL, 0);
        addOpArg(CALL, 0);
        if (asyncGen && type != CompType.GENEXP) {
            addOpArg(GET_AWAITABLE, 0);
            loadNone();
            addYieldFrom(true);
        }
        if (topLevelAwait && asyncGen) {
            u.ste.coroutine = true;
        }
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                        CompType type) {
        if (gens.get(index).isAsync() != 0) {
            asyncComprehensionGenerator(gens, index, depth, elt, val, type);
        } else {
            syncComprehensionGenerator(gens, index, depth, elt, val, type);
        }
    }

    private void comprehensionElement(Expr elt, Expr val, CompType type, int depth) {
        switch (type) {
            case GENEXP -> {
                visitExpr(elt);
                addYield();
                addOp(POP_TOP);
            }
            case LISTCOMP -> {
                visitExpr(elt);
                addOpArg(LIST_APPEND, depth + 1);
            }
            case SETCOMP -> {
                visitExpr(elt);
                addOpArg(SET_ADD, depth + 1);
            }
            case DICTCOMP -> {
                visitExpr(elt);
                visitExpr(val);
                addOpArg(MAP_ADD, depth + 1);
            }
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                            CompType type) {
        Block start = newBlock();
        Block ifCleanup = newBlock();
        Block anchor = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u.argcount = 1;
            addOpArg(LOAD_FAST, 0);
        } else {
            List<Expr> elts = switch (gen.iter()) {
                case Expr.List l -> l.elts();
                case Expr.Tuple t -> t.elts();
                default -> null;
            };
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                visitExpr(elts.get(0));
                start = null;
            }
            if (start != null) {
                visitExpr(gen.iter());
                addOp(GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            useNextBlock(start);
            addJump(FOR_ITER, anchor);
        }
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (++index < gens.size()) {
            comprehensionGenerator(gens, index, depth, elt, val, type);
        }
        if (index >= gens.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        if (start != null) {
            addJump(JUMP, start);
            useNextBlock(anchor);
        }
    }

    private void asyncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                             CompType type) {
        Block start = newBlock();
        Block except = newBlock();
        Block ifCleanup = newBlock();
        Comprehension gen = gens.get(index);
        if (index == 0) {
            u.argcount = 1;
            addOpArg(LOAD_FAST, 0);
        } else {
            visitExpr(gen.iter());
            addOp(GET_AITER);
        }
        useNextBlock(start);
        pushFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        addJump(SETUP_FINALLY, except);
        addOp(GET_ANEXT);
        loadNone();
        addYieldFrom(true);
        addOp(POP_BLOCK);
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        if (++index < gens.size()) {
            comprehensionGenerator(gens, index, depth, elt, val, type);
        }
        if (index >= gens.size()) {
            comprehensionElement(elt, val, type, depth);
        }
        useNextBlock(ifCleanup);
        addJump(JUMP, start);
        popFBlock();
        useNextBlock(except);
        addOp(END_ASYNC_FOR);
    }
}
