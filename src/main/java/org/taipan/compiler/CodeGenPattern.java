package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.taipan.parser.ast.CmpOp;
import org.taipan.parser.ast.Expr;
import org.taipan.parser.ast.ExprContext;
import org.taipan.parser.ast.MatchCase;
import org.taipan.parser.ast.Pattern;
import org.taipan.parser.ast.Stmt;

/**
 * match statements. A pattern is matched against the subject on top of the stack; captured
 * values are kept on the stack (below any items the pattern still needs) and stored only once
 * the whole case has matched. On failure, a jump goes to the "fail_pop" block that pops
 * exactly the items pushed so far.
 */
abstract class CodeGenPattern extends CodeGenExpr {
    CodeGenPattern(Symtable st, String filename, int flags, int optimize) {
        super(st, filename, flags, optimize);
    }

    abstract void visitStmts(List<Stmt> body);

    /** State of the pattern being compiled (CPython's pattern_context). */
    private static final class Ctx {
        List<String> stores = new ArrayList<>();
        boolean allowIrrefutable;
        /** failPop.get(n) pops n items then falls into failPop.get(n - 1). */
        List<Block> failPop = new ArrayList<>();
        /** Items on the stack above the captures that a failure must pop. */
        int onTop;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isWildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    void match(Stmt.Match s) {
        Ctx pc = new Ctx();
        visitExpr(s.subject());
        Block end = newBlock();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = isWildcard(cases.get(n - 1).pattern()) && n > 1;
        int last = n - (hasDefault ? 1 : 0) - 1;
        for (int i = 0; i <= last; i++) {
            MatchCase m = cases.get(i);
            setLoc(m.pattern());
            if (i != last) {
                addOpArg(COPY, 1);
            }
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) {
                nameOp(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (i != last) {
                addOp(POP_TOP);
            }
            visitStmts(m.body());
            addJumpNoLine(JUMP, end);
            setLoc(m.pattern());
            emitAndResetFailPop(pc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            setLoc(m.pattern());
            addOp(n == 1 ? POP_TOP : NOP);
            if (m.guard() != null) {
                jumpIf(m.guard(), end, false);
            }
            visitStmts(m.body());
            // Observed: what follows a match with a default case has no location of its own.
            unsetLoc();
        }
        useNextBlock(end);
    }

    private void ensureFailPop(Ctx pc, int n) {
        while (pc.failPop.size() < n + 1) {
            pc.failPop.add(newBlock());
        }
    }

    private void jumpToFailPop(Ctx pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addJump(op, pc.failPop.get(pops));
    }

    private void emitAndResetFailPop(Ctx pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int k = pc.failPop.size() - 1; k > 0; k--) {
            useNextBlock(pc.failPop.get(k));
            addOp(POP_TOP);
        }
        useNextBlock(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    /** 3.10's ROT_n done with SWAPs. */
    private void rotate(int count) {
        while (count > 1) {
            addOpArg(SWAP, count--);
        }
    }

    private void storeName(String name, Ctx pc) {
        if (name == null) {
            addOp(POP_TOP);
            return;
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void pattern(Pattern p, Ctx pc) {
        setLoc(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                visitExpr(v.value());
                addCompare(CmpOp.Eq);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                loadConst(s.value());
                addCompare(CmpOp.Is);
                jumpToFailPop(pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> sequence(s, pc);
            case Pattern.MatchMapping m -> mapping(m, pc);
            case Pattern.MatchClass c -> classPattern(c, pc);
            case Pattern.MatchStar s -> storeName(s.name(), pc);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    storeName(a.name(), pc);
                    return;
                }
                pc.onTop++;
                addOpArg(COPY, 1);
                pattern(a.pattern(), pc);
                pc.onTop--;
                storeName(a.name(), pc);
            }
            case Pattern.MatchOr o -> or(o, pc);
        }
    }

    private void subpattern(Pattern p, Ctx pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void sequence(Pattern.MatchSequence s, Ctx pc) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                starWildcard = isWildcardStar(p);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= isWildcard(p);
        }
        pc.onTop++;
        addOp(MATCH_SEQUENCE);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addOp(GET_LEN);
            loadConst((long) size);
            addCompare(CmpOp.Eq);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        } else if (size - 1 != 0) {
            addOp(GET_LEN);
            loadConst((long) (size - 1));
            addCompare(CmpOp.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addOp(POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(patterns, star, pc);
        } else {
            sequenceUnpack(patterns, pc);
        }
    }

    private void sequenceUnpack(List<Pattern> patterns, Ctx pc) {
        int n = patterns.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (patterns.get(i) instanceof Pattern.MatchStar && !seenStar) {
                addOpArg(UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            addOpArg(UNPACK_SEQUENCE, n);
        }
        pc.onTop += n;
        for (Pattern p : patterns) {
            pc.onTop--;
            subpattern(p, pc);
        }
    }

    /** Sequence patterns with a {@code *_}: items fetched by index instead of unpacking. */
    private void sequenceSubscr(List<Pattern> patterns, int star, Ctx pc) {
        pc.onTop++;
        int size = patterns.size();
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (isWildcard(p) || i == star) {
                continue;
            }
            addOpArg(COPY, 1);
            if (i < star) {
                loadConst((long) i);
            } else {
                addOp(GET_LEN);
                loadConst((long) (size - i));
                addOpArg(BINARY_OP, binaryOpArg(org.taipan.parser.ast.Operator.Sub, false));
            }
            addOp(BINARY_SUBSCR);
            subpattern(p, pc);
        }
        pc.onTop--;
        addOp(POP_TOP);
    }

    private void classPattern(Pattern.MatchClass p, Ctx pc) {
        List<Pattern> patterns = p.patterns();
        List<String> attrs = p.kwdAttrs();
        int nargs = patterns.size();
        int nattrs = attrs.size();
        visitExpr(p.cls());
        loadConst(new CodeUnit.ConstTuple(new ArrayList<>(attrs)));
        addOpArg(MATCH_CLASS, nargs);
        addOpArg(COPY, 1);
        loadNone();
        addOpArg(IS_OP, 1);
        pc.onTop++;
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addOpArg(UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? patterns.get(i) : p.kwdPatterns().get(i - nargs);
            if (isWildcard(sub)) {
                addOp(POP_TOP);
                continue;
            }
            subpattern(sub, pc);
        }
    }

    private void mapping(Pattern.MatchMapping p, Ctx pc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        String star = p.rest();
        pc.onTop++;
        addOp(MATCH_MAPPING);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        if (size == 0 && star == null) {
            pc.onTop--;
            addOp(POP_TOP);
            return;
        }
        if (size > 0) {
            addOp(GET_LEN);
            loadConst((long) size);
            addCompare(CmpOp.GtE);
            jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        }
        for (Expr k : keys) {
            visitExpr(k);
        }
        addOpArg(BUILD_TUPLE, size);
        addOp(MATCH_KEYS);
        pc.onTop += 2;
        addOpArg(COPY, 1);
        loadNone();
        addOpArg(IS_OP, 1);
        jumpToFailPop(pc, POP_JUMP_IF_FALSE);
        addOpArg(UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern sub : p.patterns()) {
            pc.onTop--;
            subpattern(sub, pc);
        }
        pc.onTop -= 2;
        if (star != null) {
            // rest = dict(subject); del rest[key] for each key
            addOpArg(BUILD_MAP, 0);
            addOpArg(SWAP, 3);
            addOpArg(DICT_UPDATE, 2);
            addOpArg(UNPACK_SEQUENCE, size);
            while (size > 0) {
                addOpArg(COPY, 1 + size--);
                addOpArg(SWAP, 2);
                addOp(DELETE_SUBSCR);
            }
            storeName(star, pc);
        } else {
            addOp(POP_TOP);
            addOp(POP_TOP);
        }
    }

    private void or(Pattern.MatchOr p, Ctx pc) {
        Block end = newBlock();
        int size = p.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Block> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            setLoc(alt);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addOpArg(COPY, 1);
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores > 0) {
                // Reorder the captures on the stack to the first alternative's order.
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            addJump(JUMP, end);
            emitAndResetFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        addOp(POP_TOP);
        jumpToFailPop(pc, JUMP);
        useNextBlock(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            rotate(nrots);
            pc.stores.add(control.get(i));
        }
        addOp(POP_TOP);
    }
}
