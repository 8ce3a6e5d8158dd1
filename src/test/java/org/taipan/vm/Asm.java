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
        int start = labels.get(from), end = labels.get(to);
        varint(start, true);
        varint(end - start, false);
        varint(labels.get(target), false);
        varint(depth << 1 | (lasti ? 1 : 0), false);
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
        byte[] code = new byte[ins.size() * 2];
        for (int i = 0; i < ins.size(); i++) {
            int[] in = ins.get(i);
            int arg = in[1];
            String target = jumpLabels.get(i);
            if (target != null) {
                int to = labels.get(target);
                arg = Opcode.isBackwardJump(in[0]) ? i + 1 - to : to - (i + 1);
            }
            code[2 * i] = (byte) in[0];
            code[2 * i + 1] = (byte) arg;
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) {
            k[i] = kinds.get(i);
        }
        return new CodeUnit(argcount, 0, kwonly, stacksize, flags, code, consts, names, locals, k, "<test>", name,
                name, 1, new byte[0], exc.toByteArray());
    }
}
