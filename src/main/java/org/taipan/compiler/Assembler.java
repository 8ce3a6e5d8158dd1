package org.taipan.compiler;

import static org.taipan.compiler.FlowGraph.*;
import static org.taipan.compiler.Opcode.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.parser.ast.ConstantValue;

/**
 * Turns a compiled unit into a {@link CodeUnit}: the flow-graph passes in CPython 3.11's order,
 * stack depth, the prefix instructions (cells, free variables, generator start), exception
 * labelling, jump directions and offsets, then the bytes of the code, line table and
 * exception table. Each instruction is followed by its inline CACHE units (zeros), which jump
 * offsets and both tables count, as in CPython 3.11.
 */
final class Assembler {
    private final CodeGenUnit u;
    private final FlowGraph g;
    private final String filename;
    private final int extraFlags;

    private Assembler(CodeGenUnit u, String filename, int extraFlags) {
        this.u = u;
        this.g = u.g;
        this.filename = filename;
        this.extraFlags = extraFlags;
    }

    static CodeUnit assemble(CodeGenUnit u, String filename, int flags, boolean addNone) {
        return new Assembler(u, filename, flags).run(addNone);
    }

    private CodeUnit run(boolean addNone) {
        Block last = u.cur;
        Instr li = last.last();
        if (li == null || li.op != RETURN_VALUE) {
            if (addNone) {
                last.instrs.add(new Instr(LOAD_CONST, u.consts.add(ConstantValue.NONE), null, Loc.NONE));
            }
            last.instrs.add(new Instr(RETURN_VALUE, 0, null, Loc.NONE));
        }
        g.normalizeBlocks();
        g.extendBlocks();

        if (u.firstlineno == 0) {
            Instr first = g.entry.instrs.isEmpty() ? null : g.entry.instrs.get(0);
            u.firstlineno = first != null && first.lineno() > 0 ? first.lineno() : 1;
        }
        int flags = computeFlags();

        // localsplus: varnames, then cells that are not parameters, then free variables.
        List<String> lpNames = new ArrayList<>(u.varnames.keySet());
        List<Integer> lpKinds = new ArrayList<>();
        for (int i = 0; i < lpNames.size(); i++) {
            lpKinds.add(CodeUnit.KIND_LOCAL);
        }
        int[] derefOffset = new int[u.cellvars.size() + u.freevars.size()];
        for (int i = 0; i < u.cellvars.size(); i++) {
            String c = u.cellvars.get(i);
            Integer vi = u.varnames.get(c);
            if (vi != null) {
                lpKinds.set(vi, CodeUnit.KIND_LOCAL | CodeUnit.KIND_CELL);
                derefOffset[i] = vi;
            } else {
                derefOffset[i] = lpNames.size();
                lpNames.add(c);
                lpKinds.add(CodeUnit.KIND_CELL);
            }
        }
        for (int j = 0; j < u.freevars.size(); j++) {
            derefOffset[u.cellvars.size() + j] = lpNames.size();
            lpNames.add(u.freevars.get(j));
            lpKinds.add(CodeUnit.KIND_FREE);
        }
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.op < 256 && Opcode.has(i.op, HAS_FREE)) {
                    i.arg = derefOffset[i.arg];
                }
            }
        }

        g.optimize(u.consts);
        g.markReachable();
        g.duplicateExitsWithoutLineno();
        u.consts.truncate(g.maxConstIndex() + 1);
        g.propagateLineNumbers();
        g.guaranteeLinenoForExits(u.firstlineno);

        insertPrefix(lpNames, lpKinds, flags);
        int maxDepth = stackDepth(flags);

        labelExceptionTargets();
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (isBlockPush(i.op) || i.op == POP_BLOCK) {
                    i.op = NOP;
                    i.target = null;
                    i.handler = null;
                }
            }
            cleanBlock(b);
        }
        g.eliminateEmptyBlocks();
        normalizeJumps();
        byte[] code = assembleOffsets();

        byte[] kinds = new byte[lpKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = (byte) (int) lpKinds.get(i);
        }
        return new CodeUnit(u.argcount + u.posonlyargcount, u.posonlyargcount, u.kwonlyargcount, maxDepth, flags, code,
                List.copyOf(u.consts.list()), List.copyOf(u.names.keySet()), List.copyOf(lpNames), kinds,
                filename, u.name, u.qualname, u.firstlineno, lineTable(), exceptionTable());
    }

    private int computeFlags() {
        int flags = u.ste.codeFlags();
        if (u.type == CodeGenUnit.Type.CLASS || u.type == CodeGenUnit.Type.MODULE) {
            flags &= ~(CodeUnit.CO_OPTIMIZED | CodeUnit.CO_NEWLOCALS);
        }
        return flags | extraFlags;
    }

    private void insertPrefix(List<String> lpNames, List<Integer> lpKinds, int flags) {
        List<Instr> prefix = new ArrayList<>();
        if (!u.freevars.isEmpty()) {
            prefix.add(new Instr(COPY_FREE_VARS, u.freevars.size(), null, Loc.NONE));
        }
        for (int i = 0; i < lpNames.size(); i++) {
            if ((lpKinds.get(i) & CodeUnit.KIND_CELL) != 0) {
                prefix.add(new Instr(MAKE_CELL, i, null, Loc.NONE));
            }
        }
        if ((flags & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0) {
            Loc l = new Loc(u.firstlineno, u.firstlineno, -1, -1);
            prefix.add(new Instr(RETURN_GENERATOR, 0, null, l));
            prefix.add(new Instr(POP_TOP, 0, null, l));
        }
        g.entry.instrs.addAll(0, prefix);
    }

    // ---- stack depth

    static int effect(int op, int arg, boolean jump) {
        return switch (op) {
            case SETUP_FINALLY, SETUP_WITH -> jump ? 1 : 0;
            case SETUP_CLEANUP -> jump ? 2 : 0;
            case POP_BLOCK, JUMP, JUMP_NO_INTERRUPT -> 0;
            case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE -> -1;
            default -> Opcode.stackEffect(op, arg, jump);
        };
    }

    private int stackDepth(int flags) {
        Deque<Block> stack = new ArrayDeque<>();
        for (Block b = g.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        boolean gen = (flags & (CodeUnit.CO_GENERATOR | CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR)) != 0;
        int max = 0;
        push(stack, g.entry, gen ? 1 : 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr i : b.instrs) {
                int nd = depth + effect(i.op, i.arg, false);
                max = Math.max(max, nd);
                if (i.target != null && isJump(i.op)) {
                    int td = depth + effect(i.op, i.arg, true);
                    max = Math.max(max, td);
                    push(stack, i.target, td);
                }
                depth = nd;
                if (isUnconditionalJump(i.op) || isScopeExit(i.op)) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return max;
    }

    private static void push(Deque<Block> stack, Block b, int depth) {
        if (b.startDepth == Integer.MIN_VALUE) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    // ---- exception handling

    /** Gives each instruction the handler on top of the SETUP_* stack where it runs. */
    private void labelExceptionTargets() {
        for (Block b = g.entry; b != null; b = b.next) {
            b.visited = false;
            for (Instr i : b.instrs) {
                if (isBlockPush(i.op)) {
                    i.target.exceptHandler = true;
                    if (i.op != SETUP_FINALLY) {
                        i.target.preserveLasti = true;
                    }
                }
            }
        }
        Map<Block, List<Block>> stacks = new HashMap<>();
        Deque<Block> todo = new ArrayDeque<>();
        stacks.put(g.entry, new ArrayList<>());
        g.entry.visited = true;
        todo.push(g.entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            List<Block> es = stacks.remove(b);
            Block handler = es.isEmpty() ? null : es.get(es.size() - 1);
            for (Instr i : b.instrs) {
                if (isBlockPush(i.op)) {
                    if (!i.target.visited) {
                        i.target.visited = true;
                        stacks.put(i.target, new ArrayList<>(es));
                        todo.push(i.target);
                    }
                    es.add(i.target);
                    handler = i.target;
                } else if (i.op == POP_BLOCK) {
                    es.remove(es.size() - 1);
                    handler = es.isEmpty() ? null : es.get(es.size() - 1);
                } else {
                    i.handler = handler;
                    if (i.target != null && isJump(i.op) && !i.target.visited) {
                        i.target.visited = true;
                        stacks.put(i.target, new ArrayList<>(es));
                        todo.push(i.target);
                    }
                }
            }
            if (b.fallsThrough() && b.next != null && !b.next.visited) {
                b.next.visited = true;
                stacks.put(b.next, es);
                todo.push(b.next);
            }
        }
    }

    // ---- jumps and offsets

    private void normalizeJumps() {
        for (Block b = g.entry; b != null; b = b.next) {
            b.visited = false;
        }
        for (Block b = g.entry; b != null; b = b.next) {
            b.visited = true;
            Instr last = b.last();
            if (last == null || last.target == null) {
                continue;
            }
            boolean fwd = !last.target.visited;
            last.op = switch (last.op) {
                case JUMP -> fwd ? JUMP_FORWARD : JUMP_BACKWARD;
                case JUMP_NO_INTERRUPT -> fwd ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                case POP_JUMP_IF_FALSE -> fwd ? POP_JUMP_FORWARD_IF_FALSE : POP_JUMP_BACKWARD_IF_FALSE;
                case POP_JUMP_IF_TRUE -> fwd ? POP_JUMP_FORWARD_IF_TRUE : POP_JUMP_BACKWARD_IF_TRUE;
                case POP_JUMP_IF_NONE -> fwd ? POP_JUMP_FORWARD_IF_NONE : POP_JUMP_BACKWARD_IF_NONE;
                case POP_JUMP_IF_NOT_NONE -> fwd ? POP_JUMP_FORWARD_IF_NOT_NONE : POP_JUMP_BACKWARD_IF_NOT_NONE;
                default -> last.op;
            };
        }
    }

    private static int argSize(int arg) {
        return arg >= 1 << 24 ? 4 : arg >= 1 << 16 ? 3 : arg >= 1 << 8 ? 2 : 1;
    }

    /** Code units of the instruction: EXTENDED_ARG prefixes, itself, its caches. */
    private static int size(Instr i) {
        return argSize(i.arg) + Opcode.caches(i.op);
    }

    private byte[] assembleOffsets() {
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (!Opcode.hasArgument(i.op)) {
                    i.arg = 0; // a NOP left by an optimisation keeps no argument, as in CPython
                }
            }
        }
        boolean changed = true;
        while (changed) {
            int off = 0;
            for (Block b = g.entry; b != null; b = b.next) {
                b.offset = off;
                for (Instr i : b.instrs) {
                    off += size(i);
                }
            }
            changed = false;
            for (Block b = g.entry; b != null; b = b.next) {
                int off2 = b.offset;
                for (Instr i : b.instrs) {
                    int sz = argSize(i.arg);
                    off2 += sz + Opcode.caches(i.op);
                    if (i.target != null) {
                        int arg = Opcode.isBackwardJump(i.op) ? off2 - i.target.offset : i.target.offset - off2;
                        if (argSize(arg) != sz) {
                            changed = true;
                        }
                        i.arg = arg;
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                int sz = argSize(i.arg);
                for (int k = sz - 1; k > 0; k--) {
                    out.write(EXTENDED_ARG);
                    out.write((i.arg >> (8 * k)) & 0xff);
                }
                out.write(i.op);
                out.write(i.arg & 0xff);
                for (int k = Opcode.caches(i.op); k > 0; k--) {
                    out.write(CACHE);
                    out.write(0);
                }
            }
        }
        return out.toByteArray();
    }

    private byte[] lineTable() {
        LineTable t = new LineTable(u.firstlineno);
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                Loc l = i.loc;
                t.add(l.lineno(), l.endLineno(), l.col(), l.endCol(), size(i));
            }
        }
        return t.toBytes();
    }

    private byte[] exceptionTable() {
        ExceptionTable t = new ExceptionTable();
        Block handler = null;
        int start = 0;
        int off = 0;
        for (Block b = g.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.handler != handler) {
                    if (handler != null) {
                        addEntry(t, start, off, handler);
                    }
                    start = off;
                    handler = i.handler;
                }
                off += size(i);
            }
        }
        if (handler != null) {
            addEntry(t, start, off, handler);
        }
        return t.toBytes();
    }

    private static void addEntry(ExceptionTable t, int start, int end, Block h) {
        int depth = h.startDepth - 1 - (h.preserveLasti ? 1 : 0);
        t.add(start, end, h.offset, depth, h.preserveLasti);
    }
}
