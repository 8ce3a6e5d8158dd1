package org.taipan.compiler;

import static org.taipan.compiler.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The control-flow graph of one code block while it is being compiled: basic blocks of
 * instructions (with pseudo-instructions for jumps whose direction is not known yet and for
 * exception-handler setup), and the clean-ups CPython 3.11 applies to it before assembly —
 * peephole rewrites, jump threading, copying of small exit blocks, removal of unreachable
 * code and of NOPs that carry no line of their own. The output of these passes is observable
 * (instruction sequences, line table), so each follows CPython's behaviour as seen with dis.
 */
final class FlowGraph {
    // Pseudo-instructions: resolved before assembly.
    static final int SETUP_FINALLY = 256;
    static final int SETUP_CLEANUP = 257;
    static final int SETUP_WITH = 258;
    static final int POP_BLOCK = 259;
    static final int JUMP = 260;
    static final int JUMP_NO_INTERRUPT = 261;
    static final int POP_JUMP_IF_FALSE = 262;
    static final int POP_JUMP_IF_TRUE = 263;
    static final int POP_JUMP_IF_NONE = 264;
    static final int POP_JUMP_IF_NOT_NONE = 265;

    /** Exit blocks up to this size are copied into blocks that jump to them. */
    static final int MAX_COPY_SIZE = 4;

    /** A source span; lineno -1 means none. */
    record Loc(int lineno, int endLineno, int col, int endCol) {
        static final Loc NONE = new Loc(-1, -1, -1, -1);
    }

    static final class Instr {
        int op;
        int arg;
        Block target;
        Loc loc;
        /** The handler in force for this instruction (after exception labelling). */
        Block handler;

        Instr(int op, int arg, Block target, Loc loc) {
            this.op = op;
            this.arg = arg;
            this.target = target;
            this.loc = loc;
        }

        Instr copy() {
            Instr i = new Instr(op, arg, target, loc);
            i.handler = handler;
            return i;
        }

        int lineno() {
            return loc.lineno();
        }

        @Override
        public String toString() {
            String n = op >= 256 ? PSEUDO[op - 256] : Opcode.name(op);
            return n + " " + arg + (target != null ? " ->B" + target.id : "") + " @" + loc.lineno();
        }
    }

    private static final String[] PSEUDO = {"SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
            "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"};

    static final class Block {
        final int id;
        final List<Instr> instrs = new ArrayList<>();
        /** The next block in layout order. */
        Block next;
        int predecessors;
        boolean visited;
        /** Reached only by exceptions (a SETUP_* target). */
        boolean exceptHandler;
        boolean preserveLasti;
        boolean cold;
        int startDepth = Integer.MIN_VALUE;
        int offset;

        Block(int id) {
            this.id = id;
        }

        Instr last() {
            return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
        }

        boolean isEmpty() {
            return instrs.isEmpty();
        }

        /** Control can continue into {@link #next}. */
        boolean fallsThrough() {
            Instr l = last();
            return l == null || !(isScopeExit(l.op) || isUnconditionalJump(l.op));
        }

        /** Ends with a return or raise. */
        boolean isExit() {
            Instr l = last();
            return l != null && isScopeExit(l.op);
        }

        @Override
        public String toString() {
            return "B" + id + instrs;
        }
    }

    private final List<Block> all = new ArrayList<>();
    final Block entry;

    FlowGraph() {
        entry = newBlock();
    }

    Block newBlock() {
        Block b = new Block(all.size());
        all.add(b);
        return b;
    }

    // ---- opcode classes

    static boolean isJump(int op) {
        return op >= JUMP && op <= POP_JUMP_IF_NOT_NONE || Opcode.has(op < 256 ? op : 0, HAS_JREL)
                || op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    /** A real jump (not a handler setup). */
    static boolean isFlowJump(int op) {
        return isJump(op) && op != SETUP_FINALLY && op != SETUP_CLEANUP && op != SETUP_WITH;
    }

    static boolean isBlockPush(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }

    static boolean isUnconditionalJump(int op) {
        return op == JUMP || op == JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD
                || op == JUMP_BACKWARD_NO_INTERRUPT;
    }

    static boolean isScopeExit(int op) {
        return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
    }

    static boolean isConditionalJump(int op) {
        return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE || op == POP_JUMP_IF_NONE
                || op == POP_JUMP_IF_NOT_NONE || op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP;
    }

    static String opName(int op) {
        return op >= 256 ? PSEUDO[op - 256] : Opcode.name(op);
    }

    // ---- the passes, in CPython's order (see Assembler)

    /** Drops what follows an exit or unconditional jump inside a block. */
    void normalizeBlocks() {
        for (Block b = entry; b != null; b = b.next) {
            for (int i = 0; i < b.instrs.size(); i++) {
                int op = b.instrs.get(i).op;
                Instr ins = b.instrs.get(i);
                if (ins.target != null) {
                    while (ins.target.isEmpty() && ins.target.next != null) {
                        ins.target = ins.target.next;
                    }
                }
                if (isScopeExit(op) || isUnconditionalJump(op)) {
                    b.instrs.subList(i + 1, b.instrs.size()).clear();
                    break;
                }
            }
        }
    }

    /** Copies a small exit block into a block that ends by jumping to it. */
    void extendBlocks() {
        // CPython walks its block list, newest block first.
        for (int i = all.size() - 1; i >= 0; i--) {
            extendBlock(all.get(i));
        }
    }

    private static void extendBlock(Block b) {
        Instr last = b.last();
        if (last == null || !(last.op == JUMP || last.op == JUMP_FORWARD || last.op == JUMP_BACKWARD)) {
            return;
        }
        Block t = last.target;
        if (t.isExit() && t.instrs.size() <= MAX_COPY_SIZE && !hasLineno(t)) {
            last.op = NOP;
            last.target = null;
            for (Instr i : t.instrs) {
                b.instrs.add(i.copy());
            }
        }
    }

    /** Jump threading, constant conditions, tuple folding and the other peephole rewrites. */
    void optimize(CodeGenConsts consts) {
        eliminateEmptyBlocks();
        for (Block b = entry; b != null; b = b.next) {
            optimizeBlock(b, consts);
            cleanBlock(b);
        }
        extendBlocks();
        markReachable();
        for (Block b = entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        eliminateEmptyBlocks();
        for (Block b = entry; b != null; b = b.next) {
            cleanBlock(b);
        }
        boolean maybeEmpty = false;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.op == JUMP || last.op == JUMP_NO_INTERRUPT) && last.target == b.next) {
                last.op = NOP;
                last.target = null;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) {
            eliminateEmptyBlocks();
        }
    }

    /** Removes empty blocks from the layout and retargets jumps past them. */
    void eliminateEmptyBlocks() {
        Block prev = null;
        for (Block b = entry; b != null; b = b.next) {
            if (b.isEmpty() && prev != null) {
                prev.next = b.next;
                continue;
            }
            prev = b;
        }
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.target != null) {
                    Block t = i.target;
                    while (t.isEmpty() && t.next != null) {
                        t = t.next;
                    }
                    i.target = t;
                }
            }
        }
    }

    private void optimizeBlock(Block bb, CodeGenConsts consts) {
        List<Instr> in = bb.instrs;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            int nextop = i + 1 < in.size() ? in.get(i + 1).op : 0;
            Instr target = null;
            if (inst.target != null && isFlowJump(inst.op)) {
                Block t = inst.target;
                while (t.isEmpty() && t.next != null) {
                    t = t.next;
                }
                target = t.isEmpty() ? null : t.instrs.get(0);
            }
            switch (inst.op) {
                case LOAD_CONST -> {
                    switch (nextop) {
                        case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE -> {
                            boolean truth = CodeGenConsts.truthy(consts.get(inst.arg));
                            inst.op = NOP;
                            Instr j = in.get(i + 1);
                            if (truth == (nextop == POP_JUMP_IF_TRUE)) {
                                j.op = JUMP;
                            } else {
                                j.op = NOP;
                                j.target = null;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                            boolean truth = CodeGenConsts.truthy(consts.get(inst.arg));
                            Instr j = in.get(i + 1);
                            if (truth == (nextop == JUMP_IF_TRUE_OR_POP)) {
                                j.op = JUMP;
                            } else {
                                inst.op = NOP;
                                j.op = NOP;
                                j.target = null;
                            }
                        }
                        case IS_OP -> {
                            if (consts.get(inst.arg) != org.taipan.parser.ast.ConstantValue.NONE
                                    || i + 2 >= in.size()) {
                                break;
                            }
                            Instr j = in.get(i + 2);
                            if (j.op == POP_JUMP_IF_FALSE || j.op == POP_JUMP_IF_TRUE) {
                                boolean invert = in.get(i + 1).arg != 0;
                                inst.op = NOP;
                                in.get(i + 1).op = NOP;
                                j.op = (j.op == POP_JUMP_IF_TRUE) ^ invert ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE;
                            }
                        }
                        default -> { }
                    }
                }
                case BUILD_TUPLE -> {
                    if (nextop == UNPACK_SEQUENCE && inst.arg == in.get(i + 1).arg) {
                        if (inst.arg == 1) {
                            inst.op = NOP;
                            in.get(i + 1).op = NOP;
                            break;
                        }
                        if (inst.arg == 2 || inst.arg == 3) {
                            inst.op = NOP;
                            in.get(i + 1).op = SWAP;
                            break;
                        }
                    }
                    if (i >= inst.arg) {
                        foldTupleOfConstants(in, i, consts);
                    }
                }
                case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> {
                    if (target != null && target.op == JUMP) {
                        i -= jumpThread(inst, target, inst.op);
                    }
                }
                case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                    if (target == null) {
                        break;
                    }
                    boolean ifTrue = inst.op == JUMP_IF_TRUE_OR_POP;
                    int same = ifTrue ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
                    int samePop = ifTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
                    int other = ifTrue ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP;
                    int otherPop = ifTrue ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
                    if (target.op == samePop) {
                        i -= jumpThread(inst, target, samePop);
                    } else if (target.op == JUMP || target.op == same) {
                        i -= jumpThread(inst, target, inst.op);
                    } else if (target.op == other || target.op == otherPop) {
                        // The second jump is not taken when the first is: go past it, popping.
                        Block t = inst.target;
                        while (t.isEmpty()) {
                            t = t.next;
                        }
                        if (t.instrs.size() == 1 && t.next != null && inst.lineno() == target.lineno()) {
                            inst.op = samePop;
                            inst.target = t.next;
                            i--;
                        }
                    }
                }
                case JUMP -> {
                    if (target != null && target.op == JUMP) {
                        i -= jumpThread(inst, target, JUMP);
                    }
                }
                case PUSH_NULL -> {
                    if (nextop == LOAD_GLOBAL && (in.get(i + 1).arg & 1) == 0) {
                        inst.op = NOP;
                        in.get(i + 1).arg |= 1;
                    }
                }
                case SWAP -> {
                    if (inst.arg == 1) {
                        inst.op = NOP;
                        break;
                    }
                    i = swaptimize(in, i);
                    applyStaticSwaps(in, i);
                }
                default -> { }
            }
        }
    }

    /** Retargets {@code inst} to where the jump it lands on goes; 1 if it changed (re-examine). */
    private static int jumpThread(Instr inst, Instr target, int op) {
        if (inst.loc.lineno() == target.loc.lineno() && inst.target != target.target) {
            inst.target = target.target;
            inst.op = op;
            return 1;
        }
        return 0;
    }

    /** {@code LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2} becomes {@code LOAD_CONST (a, b)}. */
    private static void foldTupleOfConstants(List<Instr> in, int i, CodeGenConsts consts) {
        int n = in.get(i).arg;
        List<Object> items = new ArrayList<>();
        for (int k = i - n; k < i; k++) {
            if (in.get(k).op != LOAD_CONST) {
                return;
            }
            items.add(consts.get(in.get(k).arg));
        }
        int index = consts.add(new CodeUnit.ConstTuple(items));
        for (int k = i - n; k < i; k++) {
            in.get(k).op = NOP;
        }
        Instr b = in.get(i);
        b.op = LOAD_CONST;
        b.arg = index;
    }

    /** Removes NOPs whose line is already marked by a neighbour. */
    static void cleanBlock(Block bb) {
        List<Instr> in = bb.instrs;
        List<Instr> out = new ArrayList<>(in.size());
        int prevLine = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr ins = in.get(src);
            int line = ins.lineno();
            if (ins.op == NOP) {
                if (line < 0 || prevLine == line) {
                    continue;
                }
                if (src < in.size() - 1) {
                    Instr nx = in.get(src + 1);
                    if (nx.lineno() < 0) {
                        nx.loc = ins.loc;
                        continue;
                    }
                    if (nx.lineno() == line) {
                        continue;
                    }
                } else {
                    Block next = bb.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && next.instrs.get(0).lineno() == line) {
                        continue;
                    }
                }
            }
            out.add(ins);
            prevLine = line;
        }
        in.clear();
        in.addAll(out);
    }

    /** Counts predecessors of the blocks reachable from the entry (exception handlers included). */
    void markReachable() {
        for (Block b = entry; b != null; b = b.next) {
            b.predecessors = 0;
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        entry.predecessors = 1;
        entry.visited = true;
        stack.push(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.fallsThrough() && b.next != null) {
                if (!b.next.visited) {
                    b.next.visited = true;
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (i.target != null && isJump(i.op)) {
                    Block t = i.target;
                    if (!t.visited) {
                        t.visited = true;
                        stack.push(t);
                    }
                    t.predecessors++;
                }
            }
        }
    }

    /** Exit blocks with no line number reached by several jumps get one copy per jump. */
    void duplicateExitsWithoutLineno() {
        for (int k = all.size() - 1; k >= 0; k--) {
            Block b = all.get(k);
            Instr last = b.last();
            if (last != null && isFlowJump(last.op)) {
                Block t = last.target;
                if (isExitWithoutLineno(t) && t.predecessors > 1) {
                    Block copy = newBlock();
                    for (Instr i : t.instrs) {
                        copy.instrs.add(i.copy());
                    }
                    copy.instrs.get(0).loc = last.loc;
                    last.target = copy;
                    t.predecessors--;
                    copy.predecessors = 1;
                    copy.next = t.next;
                    t.next = copy;
                }
            }
        }
        for (Block b = entry; b != null; b = b.next) {
            if (b.fallsThrough() && b.next != null && !b.isEmpty() && isExitWithoutLineno(b.next)) {
                b.next.instrs.get(0).loc = b.last().loc;
            }
        }
    }

    private static boolean hasLineno(Block b) {
        for (Instr i : b.instrs) {
            if (i.lineno() >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isExitWithoutLineno(Block b) {
        if (!b.isExit()) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.lineno() >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Instructions without a line take the previous instruction's location. */
    void propagateLineNumbers() {
        for (Block b = entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Loc prev = Loc.NONE;
            for (Instr i : b.instrs) {
                if (i.lineno() < 0) {
                    i.loc = prev;
                } else {
                    prev = i.loc;
                }
            }
            if (b.fallsThrough() && b.next != null && b.next.predecessors == 1 && !b.next.isEmpty()
                    && b.next.instrs.get(0).lineno() < 0) {
                b.next.instrs.get(0).loc = prev;
            }
            Instr last = b.last();
            if (isFlowJump(last.op)) {
                Block t = last.target;
                if (t.predecessors == 1 && !t.isEmpty() && t.instrs.get(0).lineno() < 0) {
                    t.instrs.get(0).loc = prev;
                }
            }
        }
    }

    /** A return that still has no line gets the line of the block before it. */
    void guaranteeLinenoForExits(int firstlineno) {
        int lineno = firstlineno;
        for (Block b = entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.lineno() < 0) {
                if (last.op == RETURN_VALUE) {
                    for (Instr i : b.instrs) {
                        i.loc = new Loc(lineno, -1, -1, -1);
                    }
                }
            } else {
                lineno = last.lineno();
            }
        }
    }

    /** The highest const index still loaded; constants after it are dropped (index 0 stays). */
    int maxConstIndex() {
        int max = 0;
        for (Block b = entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.op == LOAD_CONST || i.op == KW_NAMES) {
                    max = Math.max(max, i.arg);
                }
            }
        }
        return max;
    }

    // ---- SWAP sequences

    private static final int VISITED = -1;

    /**
     * Replaces a run of SWAPs (and NOPs) by the shortest equivalent run, written at the end of
     * the run; returns the index of the run's last instruction.
     */
    private static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            Instr x = in.get(ix + len);
            if (x.op == SWAP) {
                depth = Math.max(depth, x.arg);
                more = true;
            } else if (x.op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr x = in.get(ix + i);
            if (x.op == SWAP) {
                int t = stack[0];
                stack[0] = stack[x.arg - 1];
                stack[x.arg - 1] = t;
            }
        }
        // Each cycle of the permutation is undone by swapping its items through the top.
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr x = in.get(ix + current--);
                    x.op = SWAP;
                    x.arg = j + 1;
                }
                if (stack[j] == VISITED) {
                    break;
                }
                int nj = stack[j];
                stack[j] = VISITED;
                j = nj;
            }
        }
        while (current >= 0) {
            in.get(ix + current--).op = NOP;
        }
        return ix + len - 1;
    }

    private static int storesTo(Instr i) {
        return i.op == STORE_FAST ? i.arg : -1;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == POP_TOP;
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (lineno >= 0 && x.lineno() != lineno) {
                return -1;
            }
            if (x.op == NOP) {
                continue;
            }
            return swappable(x.op) ? i : -1;
        }
        return -1;
    }

    /** {@code SWAP 2; POP_TOP; STORE_FAST x} becomes {@code NOP; STORE_FAST x; POP_TOP}. */
    private static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).lineno();
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            // Not safe if the two stores, or one between them, store to the same variable.
            int storeJ = storesTo(in.get(j));
            int storeK = storesTo(in.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int si = storesTo(in.get(idx));
                    if (si >= 0 && (si == storeJ || si == storeK)) {
                        return;
                    }
                }
            }
            swap.op = NOP;
            Instr t = in.get(j);
            in.set(j, in.get(k));
            in.set(k, t);
        }
    }
}
