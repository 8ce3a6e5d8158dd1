package org.taipan.compiler;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.Arg;
import org.taipan.parser.ast.Arguments;
import org.taipan.parser.ast.Comprehension;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Loc;
import org.taipan.parser.ast.Node;
import org.taipan.parser.ast.Stmt;

/**
 * The state of {@link CodegenChecks} (compilation units, their block stacks, the current
 * location) and its expression part: the errors CPython 3.11's code generator raises inside
 * expressions (await/yield placement, async comprehensions, starred expressions and targets,
 * {@code __debug__}, repeated keyword arguments), visiting in its order.
 */
abstract class CodegenExprChecks {
    /** CPython's compiler scope types. */
    enum UnitType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    /** CPython's frame blocks (compile-time block stack entries). */
    enum BlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    record Block(BlockType type, List<Stmt> finalbody) {}

    /** One code object being compiled. */
    static final class Unit {
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

    final Symtable st;
    final CompileError errors;
    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: async constructs are allowed in the module's own code. */
    final boolean allowTopLevelAwait;
    Unit u;

    CodegenExprChecks(Symtable st, CompileError errors, boolean allowTopLevelAwait) {
        this.st = st;
        this.errors = errors;
        this.allowTopLevelAwait = allowTopLevelAwait;
    }

    // ---- units and blocks

    void inUnit(Node node, UnitType type, Loc loc, Runnable body) {
        Unit saved = u;
        Scope ste = st.scopeOf(node);
        if (ste == null) {
            throw new IllegalStateException("no symbol table entry for " + node.getClass().getSimpleName());
        }
        u = new Unit(ste, type, loc);
        body.run();
        u = saved;
    }

    void pushBlock(BlockType type, List<Stmt> finalbody) {
        if (u.blocks.size() >= MAX_BLOCKS) {
            throw error("too many statically nested blocks");
        }
        u.blocks.add(new Block(type, finalbody));
    }

    void popBlock() {
        u.blocks.remove(u.blocks.size() - 1);
    }

    RuntimeException error(String msg) {
        return errors.at(msg, u.loc);
    }

    /**
     * Issues a SyntaxWarning ({@link CodegenWarnings}) at the current line through the
     * interpreter's warnings; where the filters make it an error, it is a SyntaxError here.
     */
    void warn(String msg) {
        org.taipan.parser.CompileWarnings.Sink sink = org.taipan.parser.CompileWarnings.sink;
        if (msg != null && sink != null && sink.warn("SyntaxWarning", msg, errors.filename(), u.loc.lineno())) {
            throw error(msg);
        }
    }

    boolean inFunction() {
        return u.ste.kind() == Scope.Kind.FUNCTION;
    }

    boolean topLevelAwait() {
        return allowTopLevelAwait && u.type == UnitType.MODULE;
    }

    void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) {
            optExpr(d);
        }
    }

    void checkDebugArgs(Arguments args) {
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

    void expr1(Expr e) {
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
                warn(CodegenWarnings.compare(c));
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                warn(CodegenWarnings.caller(c.func()));
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
                if (s.ctx() == ExprContext.Load) {
                    warn(CodegenWarnings.subscript(s.value(), s.slice()));
                }
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
    void matchAttrLocation(Expr.Attribute a) {
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

    void sequence(List<Expr> elts, ExprContext ctx) {
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
    void elements(List<Expr> elts) {
        for (Expr e : elts) {
            expr(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    void callArgs(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        elements(args);
        for (Keyword k : keywords) {
            expr(k.value());
        }
    }

    void validateKeywords(List<Keyword> keywords) {
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

    void comprehension(Expr e, List<Comprehension> generators, Expr elt, Expr value, boolean genexp) {
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

    void generator(List<Comprehension> generators, int index, Expr elt, Expr value) {
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

    void storeName(String name) {
        forbidden(name, ExprContext.Store);
    }
}
