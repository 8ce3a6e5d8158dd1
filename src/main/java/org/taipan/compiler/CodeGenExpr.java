package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.BoolOperator;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.Keyword;
import org.taipan.parser.ast.Operator;

/** Expressions: operators, calls, displays, subscripts, f-strings, conditional jumps. */
abstract class CodeGenExpr extends CodeGenBase {
    /** Above this many stack items, displays and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    CodeGenExpr(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
    }

    abstract void lambda(Expr.Lambda e);

    abstract void comprehension(Expr e);

    @Override
    void visitExpr(Expr e) {
        FlowGraph.Loc saved = u.loc;
        setLoc(e);
        visitExpr1(e);
        u.loc = saved;
    }

    void visitExprs(List<Expr> es) {
        for (Expr e : es) {
            visitExpr(e);
        }
    }

    private void visitExpr1(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                visitExpr(n.value());
                addOpArg(COPY, 1);
                visitExpr(n.target());
            }
            case Expr.BoolOp b -> boolOp(b);
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
                addOpArg(BINARY_OP, binaryOpArg(b.op(), false));
            }
            case Expr.UnaryOp un -> {
                visitExpr(un.operand());
                addOp(switch (un.op()) {
                    case Invert -> UNARY_INVERT;
                    case Not -> UNARY_NOT;
                    case UAdd -> UNARY_POSITIVE;
                    case USub -> UNARY_NEGATIVE;
                });
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                Block end = newBlock();
                Block next = newBlock();
                jumpIf(i.test(), next, false);
                visitExpr(i.body());
                addJumpNoLine(JUMP, end);
                useNextBlock(next);
                visitExpr(i.orelse());
                useNextBlock(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.ListComp c -> comprehension(c);
            case Expr.SetComp c -> comprehension(c);
            case Expr.DictComp c -> comprehension(c);
            case Expr.GeneratorExp c -> comprehension(c);
            case Expr.Yield y -> {
                if (y.value() != null) {
                    visitExpr(y.value());
                } else {
                    loadNone();
                }
                addYield();
            }
            case Expr.YieldFrom y -> {
                visitExpr(y.value());
                addOp(GET_YIELD_FROM_ITER);
                loadNone();
                addYieldFrom(false);
            }
            case Expr.Await a -> {
                visitExpr(a.value());
                addOpArg(GET_AWAITABLE, 0);
                loadNone();
                addYieldFrom(true);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                int arg = switch (f.conversion()) {
                    case 's' -> 1;
                    case 'r' -> 2;
                    case 'a' -> 3;
                    default -> 0;
                };
                if (f.formatSpec() != null) {
                    visitExpr(f.formatSpec());
                    arg |= 4;
                }
                addOpArg(FORMAT_VALUE, arg);
            }
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.Constant c -> loadConst(c.value());
            case Expr.Attribute a -> {
                visitExpr(a.value());
                updateStartLocationToMatchAttr(a);
                int idx = attrName(a.attr());
                addOpArg(switch (a.ctx()) {
                    case Load -> LOAD_ATTR;
                    case Store -> STORE_ATTR;
                    case Del -> DELETE_ATTR;
                }, idx);
            }
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
                addOp(switch (s.ctx()) {
                    case Load -> BINARY_SUBSCR;
                    case Store -> STORE_SUBSCR;
                    case Del -> DELETE_SUBSCR;
                });
            }
            case Expr.Starred s -> throw new IllegalStateException("starred expression outside a display");
            case Expr.Name n -> nameOp(n.id(), n.ctx());
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Store) {
                    assignmentHelper(l.elts());
                } else if (l.ctx() == ExprContext.Load) {
                    starUnpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                } else {
                    visitExprs(l.elts());
                }
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Store) {
                    assignmentHelper(t.elts());
                } else if (t.ctx() == ExprContext.Load) {
                    starUnpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                } else {
                    visitExprs(t.elts());
                }
            }
            case Expr.Slice s -> {
                int n = 2;
                if (s.lower() != null) {
                    visitExpr(s.lower());
                } else {
                    loadNone();
                }
                if (s.upper() != null) {
                    visitExpr(s.upper());
                } else {
                    loadNone();
                }
                if (s.step() != null) {
                    n++;
                    visitExpr(s.step());
                }
                addOpArg(BUILD_SLICE, n);
            }
        }
    }

    static int binaryOpArg(Operator op, boolean inplace) {
        int n = switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
        return inplace ? n + 13 : n;
    }

    /** Moves the start of the location to the attribute name when it is on a later line. */
    void updateStartLocationToMatchAttr(Expr.Attribute a) {
        FlowGraph.Loc l = u.loc;
        org.taipan.parser.ast.Loc al = a.loc();
        if (l.lineno() != al.endLineno()) {
            int lineno = al.endLineno();
            int len = a.attr().codePointCount(0, a.attr().length());
            int col;
            int endCol = l.endCol();
            if (len <= al.endColOffset()) {
                col = al.endColOffset() - len;
            } else {
                col = -1;
                endCol = -1;
            }
            int endLineno = Math.max(lineno, l.endLineno());
            if (lineno == endLineno) {
                endCol = Math.max(col, endCol);
            }
            u.loc = new FlowGraph.Loc(lineno, endLineno, col, endCol);
        }
    }

    void addYield() {
        if (u.ste.isGenerator() && u.ste.isCoroutine()) {
            addOp(ASYNC_GEN_WRAP);
        }
        addOp(YIELD_VALUE);
        addOpArg(RESUME, 1);
    }

    void addYieldFrom(boolean await) {
        Block start = newBlock();
        Block resume = newBlock();
        Block exit = newBlock();
        useNextBlock(start);
        addJump(SEND, exit);
        useNextBlock(resume);
        addOp(YIELD_VALUE);
        addOpArg(RESUME, await ? 3 : 2);
        addJump(JUMP_NO_INTERRUPT, start);
        useNextBlock(exit);
    }

    private void boolOp(Expr.BoolOp b) {
        Block end = newBlock();
        int op = b.op() == BoolOperator.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
        List<Expr> vs = b.values();
        for (int i = 0; i < vs.size() - 1; i++) {
            visitExpr(vs.get(i));
            addJump(op, end);
            nextBlock();
        }
        visitExpr(vs.get(vs.size() - 1));
        useNextBlock(end);
    }

    void addCompare(CmpOp op) {
        switch (op) {
            case Is -> addOpArg(IS_OP, 0);
            case IsNot -> addOpArg(IS_OP, 1);
            case In -> addOpArg(CONTAINS_OP, 0);
            case NotIn -> addOpArg(CONTAINS_OP, 1);
            case Lt -> addOpArg(COMPARE_OP, 0);
            case LtE -> addOpArg(COMPARE_OP, 1);
            case Eq -> addOpArg(COMPARE_OP, 2);
            case NotEq -> addOpArg(COMPARE_OP, 3);
            case Gt -> addOpArg(COMPARE_OP, 4);
            case GtE -> addOpArg(COMPARE_OP, 5);
        }
    }

    private void compare(Expr.Compare c) {
        int n = c.ops().size() - 1;
        visitExpr(c.left());
        if (n == 0) {
            visitExpr(c.comparators().get(0));
            addCompare(c.ops().get(0));
            return;
        }
        Block cleanup = newBlock();
        for (int i = 0; i < n; i++) {
            visitExpr(c.comparators().get(i));
            addOpArg(SWAP, 2);
            addOpArg(COPY, 2);
            addCompare(c.ops().get(i));
            addJump(JUMP_IF_FALSE_OR_POP, cleanup);
            nextBlock();
        }
        visitExpr(c.comparators().get(n));
        addCompare(c.ops().get(n));
        Block end = newBlock();
        addJumpNoLine(JUMP, end);
        useNextBlock(cleanup);
        addOpArg(SWAP, 2);
        addOp(POP_TOP);
        useNextBlock(end);
    }

    /** Jumps to {@code next} if {@code e} is {@code cond}, with short-circuiting. */
    void jumpIf(Expr e, Block next, boolean cond) {
        switch (e) {
            case Expr.UnaryOp un when un.op() == org.taipan.parser.ast.UnaryOperator.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == BoolOperator.Or;
                Block next2 = next;
                if (cond2 != cond) {
                    next2 = newBlock();
                }
                for (int i = 0; i < n; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(n), next, cond);
                if (next2 != next) {
                    useNextBlock(next2);
                }
                return;
            }
            case Expr.IfExp i -> {
                Block end = newBlock();
                Block next2 = newBlock();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                addJumpNoLine(JUMP, end);
                useNextBlock(next2);
                jumpIf(i.orelse(), next, cond);
                useNextBlock(end);
                return;
            }
            case Expr.Compare c when c.ops().size() == 1 -> setLoc(c);
            case Expr.Compare c -> {
                setLoc(c);
                int n = c.ops().size() - 1;
                Block cleanup = newBlock();
                visitExpr(c.left());
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators().get(i));
                    addOpArg(SWAP, 2);
                    addOpArg(COPY, 2);
                    addCompare(c.ops().get(i));
                    addJump(POP_JUMP_IF_FALSE, cleanup);
                    nextBlock();
                }
                visitExpr(c.comparators().get(n));
                addCompare(c.ops().get(n));
                addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
                nextBlock();
                Block end = newBlock();
                addJumpNoLine(JUMP, end);
                useNextBlock(cleanup);
                addOp(POP_TOP);
                if (!cond) {
                    addJumpNoLine(JUMP, next);
                }
                useNextBlock(end);
                return;
            }
            default -> { }
        }
        visitExpr(e);
        addJump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
    }

    // ---- displays

    static boolean isConstant(Expr e) {
        return e instanceof Expr.Constant;
    }

    private static boolean allConstant(List<Expr> es, int begin, int end) {
        for (int i = begin; i < end; i++) {
            if (es.get(i) == null || !isConstant(es.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> constValues(List<Expr> es, int begin, int end) {
        List<Object> out = new ArrayList<>();
        for (int i = begin; i < end; i++) {
            out.add(((Expr.Constant) es.get(i)).value());
        }
        return out;
    }

    /** Builds a list, tuple or set from items that may include starred ones. */
    void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && allConstant(elts, 0, n)) {
            List<Object> values = constValues(elts, 0, n);
            if (tuple && pushed == 0) {
                loadConst(new CodeUnit.ConstTuple(values));
            } else {
                addOpArg(build, pushed);
                loadConst(add == SET_ADD ? AstOptimizerOps.frozenset(values) : new CodeUnit.ConstTuple(values));
                addOpArg(extend, 1);
                if (tuple) {
                    addOp(LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr x : elts) {
            seenStar |= x instanceof Expr.Starred;
        }
        if (!seenStar && !big) {
            visitExprs(elts);
            addOpArg(tuple ? BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            addOpArg(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr x = elts.get(i);
            if (x instanceof Expr.Starred s) {
                if (!built) {
                    addOpArg(build, i + pushed);
                    built = true;
                }
                visitExpr(s.value());
                addOpArg(extend, 1);
            } else {
                visitExpr(x);
                if (built) {
                    addOpArg(add, 1);
                }
            }
        }
        if (tuple) {
            addOp(LIST_TO_TUPLE);
        }
    }

    void unpackHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred && !seenStar) {
                addOpArg(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            addOpArg(UNPACK_SEQUENCE, n);
        }
    }

    void assignmentHelper(List<Expr> elts) {
        unpackHelper(elts);
        for (Expr x : elts) {
            visitExpr(x instanceof Expr.Starred s ? s.value() : x);
        }
    }

    private void dict(Expr.Dict d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        addOpArg(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addOpArg(BUILD_MAP, 0);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                addOpArg(DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    addOpArg(DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                addOpArg(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addOpArg(BUILD_MAP, 0);
        }
    }

    private void subdict(Expr.Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big && allConstant(d.keys(), begin, end)) {
            for (int i = begin; i < end; i++) {
                visitExpr(d.values().get(i));
            }
            loadConst(new CodeUnit.ConstTuple(constValues(d.keys(), begin, end)));
            addOpArg(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addOpArg(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
            if (big) {
                addOpArg(MAP_ADD, 1);
            }
        }
        if (!big) {
            addOpArg(BUILD_MAP, n);
        }
    }

    private void joinedStr(Expr.JoinedStr j) {
        int n = j.values().size();
        if (n > STACK_USE_GUIDELINE) {
            loadConst("");
            addOpArg(LOAD_METHOD, u.nameIndex("join"));
            addOpArg(BUILD_LIST, 0);
            for (Expr v : j.values()) {
                visitExpr(v);
                addOpArg(LIST_APPEND, 1);
            }
            addOpArg(PRECALL, 1);
            addOpArg(CALL, 1);
        } else {
            visitExprs(j.values());
            if (n != 1) {
                addOpArg(BUILD_STRING, n);
            }
        }
    }

    // ---- calls

    private void call(Expr.Call c) {
        if (methodCall(c)) {
            return;
        }
        u.loc = locOf(c.func());
        addOp(PUSH_NULL);
        setLoc(c);
        visitExpr(c.func());
        callHelper(0, c.args(), c.keywords());
    }

    private boolean isImportOriginated(Expr e) {
        return e instanceof Expr.Name n && (st.top().flags(n.id()) & Symbol.DEF_IMPORT) != 0;
    }

    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : c.args()) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        visitExpr(meth.value());
        setLoc(meth);
        updateStartLocationToMatchAttr(meth);
        addOpArg(LOAD_METHOD, attrName(meth.attr()));
        visitExprs(c.args());
        if (kwdsl > 0) {
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
            kwNames(c.keywords());
        }
        setLoc(c);
        updateStartLocationToMatchAttr(meth);
        addOpArg(PRECALL, argsl + kwdsl);
        addOpArg(CALL, argsl + kwdsl);
        return true;
    }

    private void kwNames(List<Keyword> kws) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : kws) {
            names.add(k.arg());
        }
        addOpArg(KW_NAMES, u.consts.add(new CodeUnit.ConstTuple(names)));
    }

    /** Pushes the arguments and calls; {@code n} arguments are already on the stack. */
    void callHelper(int n, List<Expr> args, List<Keyword> kws) {
        int nelts = args.size();
        int nkw = kws.size();
        boolean ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) {
            ex |= a instanceof Expr.Starred;
        }
        for (Keyword k : kws) {
            ex |= k.arg() == null;
        }
        if (!ex) {
            visitExprs(args);
            if (nkw > 0) {
                for (Keyword k : kws) {
                    visitExpr(k.value());
                }
                kwNames(kws);
            }
            addOpArg(PRECALL, n + nelts + nkw);
            addOpArg(CALL, n + nelts + nkw);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkw > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkw; i++) {
                Keyword k = kws.get(i);
                if (k.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(kws, i - nseen, i);
                        if (haveDict) {
                            addOpArg(DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addOpArg(BUILD_MAP, 0);
                        haveDict = true;
                    }
                    visitExpr(k.value());
                    addOpArg(DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(kws, nkw - nseen, nkw);
                if (haveDict) {
                    addOpArg(DICT_MERGE, 1);
                }
            }
        }
        addOpArg(CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
    }

    private void subkwargs(List<Keyword> kws, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visitExpr(kws.get(i).value());
                keys.add(kws.get(i).arg());
            }
            loadConst(new CodeUnit.ConstTuple(keys));
            addOpArg(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            addOpNoLineArg(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            loadConst(kws.get(i).arg());
            visitExpr(kws.get(i).value());
            if (big) {
                addOpNoLineArg(MAP_ADD, 1);
            }
        }
        if (!big) {
            addOpArg(BUILD_MAP, n);
        }
    }
}
