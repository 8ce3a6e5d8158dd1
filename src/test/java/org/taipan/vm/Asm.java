package org.taipan.vm;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Opcode;

/** A small assembler for eval-loop tests, until the code generator exists. Jumps name labels. */
final class Asm {
    private final List<int[]> ins = new ArrayList<>();
    private final List<String> jumpLabels = new ArrayList<>();
    private final Map<String, Integer> labels = new HashMap<>();
    final List<Object> consts = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<String> locals = new ArrayList<>();
    final List<Byte> kinds = new ArrayList<>();
    private final List<Object[]> handlers = new ArrayList<>();
    private final ByteArrayOutputStream exc = new ByteArrayOutputStream();
    int argcount, kwonly, flags = CodeUnit.CO_OPTIMIZED | CodeUnit.CO_NEWLOCALS, stacksize = 16;

    Asm local(String name, int kind) {
        locals.add(name);
        kinds.add((byte) kind);
        return this;
    }

    Asm op(int op) {
        return op(op, 0);
    }

    Asm op(int op, int arg) {
        ins.add(new int[] {op, arg});
        jumpLabels.add(null);
        return this;
    }

    Asm jump(int op, String label) {
        ins.add(new int[] {op, 0});
        jumpLabels.add(label);
        return this;
    }

    Asm label(String name) {
        labels.put(name, ins.size());
        return this;
    }

    int constant(Object c) {
        consts.add(c);
        return consts.size() - 1;
    }

    int name(String n) {
        if (!names.contains(n)) {
            names.add(n);
        }
        return names.indexOf(n);
    }

    /** An exception-table entry over instructions [from, to) of labels, to handler, at stack depth. */
    Asm handler(String from, String to, String target, int depth, boolean lasti) {
        handlers.add(new Object[] {from, to, target, depth, lasti});
        return this;
    }

    private void varint(int v, boolean first) {
        int shift = 30;
        while (shift > 0 && (v >> shift) == 0) {
            shift -= 6;
        }
        boolean mark = first;
        for (; shift >= 0; shift -= 6) {
            int b = (v >> shift) & 0x3F;
            if (shift > 0) {
                b |= 0x40;
            }
            if (mark) {
                b |= 0x80;
                mark = false;
            }
            exc.write(b);
        }
    }

    CodeUnit build(String name) {
        int[] unit = new int[ins.size() + 1]; // code unit of each instruction, caches counted
        for (int i = 0; i < ins.size(); i++) {
            unit[i + 1] = unit[i] + 1 + Opcode.caches(ins.get(i)[0]);
        }
        byte[] code = new byte[unit[ins.size()] * 2];
        for (int i = 0; i < ins.size(); i++) {
            int[] in = ins.get(i);
            int arg = in[1];
            String target = jumpLabels.get(i);
            if (target != null) {
                int to = unit[labels.get(target)];
                arg = Opcode.isBackwardJump(in[0]) ? unit[i + 1] - to : to - unit[i + 1];
            }
            code[2 * unit[i]] = (byte) in[0];
            code[2 * unit[i] + 1] = (byte) arg;
        }
        for (Object[] h : handlers) {
            int start = unit[labels.get((String) h[0])], end = unit[labels.get((String) h[1])];
            varint(start, true);
            varint(end - start, false);
            varint(unit[labels.get((String) h[2])], false);
            varint((int) h[3] << 1 | ((boolean) h[4] ? 1 : 0), false);
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        return new CodeUnit(argcount, 0, kwonly, stacksize, flags, code, consts, names, locals, k, "<test>", name,
                name, 1, new byte[0], exc.toByteArray());
    }
}
