package org.taipan.vm;

import static org.taipan.compiler.Opcode.*;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;

/**
 * Writes the JVM code of one compiled code object (see {@link Jit}): the method's frame (entry
 * points, JVM locals for the Python stack, the exception handler) and the small pieces the
 * translation of each instruction ({@link JitInstructions}) is made of.
 */
abstract class JitEmitter {
    static final String PO = "Lorg/taipan/objects/PyObject;";
    static final ClassDesc CD_PO = ClassDesc.of("org.taipan.objects.PyObject");
    static final ClassDesc RT = ClassDesc.of("org.taipan.vm.JitRuntime");
    static final ClassDesc FRAME = ClassDesc.of("org.taipan.vm.PyFrame");
    static final ClassDesc TS = ClassDesc.of("org.taipan.vm.ThreadState");
    static final ClassDesc CD_PYCODE = ClassDesc.of("org.taipan.vm.PyCode");
    static final ClassDesc CD_PYSTR = ClassDesc.of("org.taipan.objects.PyStr");
    static final ClassDesc CD_PYTYPE = ClassDesc.of("org.taipan.objects.PyType");

    // JVM locals: this, ts, f, entry, slots, instr, kwnames, exception value, caught, a scratch value, then Python's.
    static final int TSV = 1, F = 2, ENTRY = 3, S = 4, INSTR = 5, KW = 6, EXC = 7, CAUGHT = 8, SCRATCH = 9,
            BASE = 10;

    final PyCode co;
    final Jit.Decoded d;
    final CodeBuilder c;
    final int nlp;
    /** Whether a fast local is mirrored in a JVM local (plain locals; cells and free variables live in slots). */
    final boolean[] mirrored;
    final Label[] labels;

    JitEmitter(PyCode co, Jit.Decoded d, CodeBuilder c) {
        this.co = co;
        this.d = d;
        this.c = c;
        this.nlp = co.nlocalsplus;
        this.mirrored = new boolean[nlp];
        for (int i = 0; i < nlp; i++) {
            mirrored[i] = (co.localsplusKinds[i] & (CodeUnit.KIND_CELL | CodeUnit.KIND_FREE)) == 0;
        }
        this.labels = new Label[d.n];
        for (int i = 0; i < d.n; i++) {
            labels[i] = c.newLabel();
        }
    }

    static boolean supports(int op) {
        return switch (op) {
            case NOP, RESUME, PRECALL, POP_TOP, PUSH_NULL, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
                 UNARY_INVERT, BINARY_SUBSCR, PUSH_EXC_INFO, CHECK_EXC_MATCH, WITH_EXCEPT_START, BEFORE_WITH,
                 STORE_SUBSCR, DELETE_SUBSCR, GET_ITER, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LIST_TO_TUPLE,
                 RETURN_VALUE, IMPORT_STAR, POP_EXCEPT, STORE_NAME, DELETE_NAME, UNPACK_SEQUENCE, UNPACK_EX,
                 FOR_ITER, STORE_ATTR, DELETE_ATTR, STORE_GLOBAL, DELETE_GLOBAL, SWAP, LOAD_CONST, LOAD_NAME,
                 BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_MAP, LOAD_ATTR, COMPARE_OP, IMPORT_NAME, IMPORT_FROM,
                 JUMP_FORWARD, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_FORWARD_IF_FALSE,
                 POP_JUMP_FORWARD_IF_TRUE, LOAD_GLOBAL, IS_OP, CONTAINS_OP, RERAISE, COPY, BUILD_SLICE,
                 LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, LOAD_CLASSDEREF, FORMAT_VALUE, BUILD_STRING,
                 BINARY_OP, LOAD_FAST, STORE_FAST, DELETE_FAST, POP_JUMP_FORWARD_IF_NOT_NONE,
                 POP_JUMP_FORWARD_IF_NONE, RAISE_VARARGS, MAKE_FUNCTION, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
                 MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, COPY_FREE_VARS,
                 CALL_FUNCTION_EX, MAP_ADD, BUILD_CONST_KEY_MAP, DICT_UPDATE, DICT_MERGE, LOAD_METHOD, KW_NAMES,
                 CALL, POP_JUMP_BACKWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_FALSE,
                 POP_JUMP_BACKWARD_IF_TRUE, RETURN_GENERATOR, YIELD_VALUE, GET_YIELD_FROM_ITER, SEND -> true;
            default -> false;
        };
    }

    /** Emits the JVM code of instruction {@code i} (reachable, at its stack depth). */
    abstract void instruction(int i);

    void emit() {
        int stackSize = co.stacksize + 2;
        c.aload(F);
        c.getfield(FRAME, "slots", ClassDesc.ofDescriptor("[" + PO));
        c.astore(S);
        c.iconst_0();
        c.istore(INSTR);
        c.aconst_null();
        c.astore(KW);
        c.aconst_null();
        c.astore(EXC);
        for (int i = 0; i < nlp; i++) {
            if (mirrored[i]) {
                slotLoad(i);
            } else {
                c.aconst_null();
            }
            c.astore(BASE + i);
        }
        for (int i = 0; i < stackSize; i++) {
            c.aconst_null();
            c.astore(stack(i));
        }
        // Entry: the start, or a loop header with the stack read back from the frame.
        Label start = labels[0];
        List<SwitchCase> cases = new ArrayList<>();
        List<Runnable> stubs = new ArrayList<>();
        for (int off : d.entries) {
            int i = d.indexAt(off);
            if (off == 0 || i < 0 || d.depth[i] < 0) {
                continue;
            }
            Label stub = c.newLabel();
            cases.add(SwitchCase.of(off, stub));
            stubs.add(() -> {
                c.labelBinding(stub);
                for (int k = 0; k < d.depth[i]; k++) {
                    slotLoad(nlp + k);
                    c.astore(stack(k));
                }
                c.goto_(labels[i]);
            });
        }
        Label badEntry = c.newLabel();
        cases.add(SwitchCase.of(0, start));
        c.iload(ENTRY);
        c.lookupswitch(badEntry, cases);
        stubs.forEach(Runnable::run);
        c.labelBinding(badEntry);
        c.new_(ClassDesc.of("java.lang.IllegalStateException"));
        c.dup();
        c.invokespecial(ClassDesc.of("java.lang.IllegalStateException"), "<init>", ConstantDescs.MTD_void);
        c.athrow();

        Label tryStart = c.newLabel(), tryEnd = c.newLabel(), handler = c.newLabel();
        c.labelBinding(tryStart);
        for (int i = 0; i < d.n; i++) {
            c.labelBinding(labels[i]);
            if (d.depth[i] >= 0) {
                // Values the last instruction consumed must not stay reachable from a JVM local:
                // the JVM's interpreter treats every reference local as live, and gc.collect()
                // must find an object dead once the program has let go of it.
                if (i > 0 && d.depth[i - 1] > d.depth[i]) {
                    for (int k = d.depth[i]; k < d.depth[i - 1]; k++) {
                        c.aconst_null();
                        c.astore(stack(k));
                    }
                }
                instruction(i);
            }
        }
        c.labelBinding(tryEnd);
        c.aconst_null();
        c.areturn();
        c.exceptionCatch(tryStart, tryEnd, handler, ClassDesc.of("java.lang.RuntimeException"));
        emitHandler(handler);
    }

    /** The catch block: unwind (which rethrows if no handler), then go to the handler with its stack. */
    void emitHandler(Label handler) {
        c.labelBinding(handler);
        c.astore(CAUGHT);
        c.aload(TSV);
        c.aload(F);
        c.aload(CAUGHT);
        c.iload(INSTR);
        c.invokestatic(RT, "unwind", MethodTypeDesc.ofDescriptor(
                "(Lorg/taipan/vm/ThreadState;Lorg/taipan/vm/PyFrame;Ljava/lang/RuntimeException;I)" + PO));
        c.astore(EXC);
        List<SwitchCase> cases = new ArrayList<>();
        List<int[]> targets = new ArrayList<>();
        int[] h = co.handlers;
        for (int e = 0; e < h.length; e += 4) {
            int off = h[e + 2] * 2;
            int i = d.indexAt(off);
            if (i < 0 || d.depth[i] < 0 || targets.stream().anyMatch(t -> t[0] == off)) {
                continue;
            }
            targets.add(new int[] {off, i, h[e + 3] & 1});
        }
        Label fail = c.newLabel();
        List<Label> stubLabels = new ArrayList<>();
        for (int[] t : targets) {
            Label l = c.newLabel();
            stubLabels.add(l);
            cases.add(SwitchCase.of(t[0], l));
        }
        c.aload(F);
        c.getfield(FRAME, "pc", ConstantDescs.CD_int);
        c.lookupswitch(fail, cases);
        for (int k = 0; k < targets.size(); k++) {
            int[] t = targets.get(k);
            int depth = d.depth[t[1]];
            c.labelBinding(stubLabels.get(k));
            if (t[2] != 0) {
                c.iload(INSTR);
                c.invokestatic(RT, "lastiValue", MethodTypeDesc.ofDescriptor("(I)" + PO));
                c.astore(stack(depth - 2));
            }
            c.aload(EXC);
            c.astore(stack(depth - 1));
            c.goto_(labels[t[1]]);
        }
        c.labelBinding(fail);
        c.aload(CAUGHT);
        c.athrow();
    }

    int stack(int k) {
        return BASE + nlp + k;
    }

    void slotLoad(int index) {
        c.aload(S);
        c.loadConstant(index);
        c.aaload();
    }

    /** Copies stack values {@code [from, to)} into the frame's slots, where the eval loop's helpers read them. */
    void spill(int from, int to) {
        for (int k = from; k < to; k++) {
            c.aload(S);
            c.loadConstant(nlp + k);
            c.aload(stack(k));
            c.aastore();
        }
    }

    void reload(int from, int to) {
        for (int k = from; k < to; k++) {
            slotLoad(nlp + k);
            c.astore(stack(k));
            // The frame's copy would keep the value alive after the program has dropped it.
            c.aload(S);
            c.loadConstant(nlp + k);
            c.aconst_null();
            c.aastore();
        }
    }

    void rt(String name, String desc) {
        c.invokestatic(RT, name, MethodTypeDesc.ofDescriptor(desc));
    }

    void call(String owner, String name, String desc) {
        c.invokestatic(ClassDesc.of(owner), name, MethodTypeDesc.ofDescriptor(desc));
    }

    void constant(int index, ClassDesc type) {
        c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, index));
    }

    void name(int i) {
        constant(co.consts.length + i, CD_PYSTR);
    }

    void typeOf() {
        c.invokevirtual(CD_PO, "type", MethodTypeDesc.of(CD_PYTYPE));
    }

    void pyCode() {
        c.aload(F);
        c.getfield(FRAME, "code", CD_PYCODE);
    }

    void setLasti(int instr) {
        c.aload(F);
        c.loadConstant(instr);
        c.putfield(FRAME, "lasti", ConstantDescs.CD_int);
    }

    /** Leaves the eval loop's {@code sp} for a helper that works on the slots array. */
    void sp(int depth) {
        c.aload(S);
        c.loadConstant(nlp + depth);
    }

    void branch(java.lang.classfile.Opcode test, int i) {
        c.branch(test, labels[d.indexAt(d.target[i])]);
    }

    /** Leaves the frame resumable at the next instruction with {@code depth} values on its stack (in slots). */
    void suspend(int i, int depth) {
        c.aload(F);
        c.loadConstant(d.offset[i + 1]);
        c.putfield(FRAME, "pc", ConstantDescs.CD_int);
        c.aload(F);
        c.loadConstant(nlp + depth);
        c.putfield(FRAME, "sp", ConstantDescs.CD_int);
    }

    void storeFast(int index, Runnable value) {
        c.aload(S);
        c.loadConstant(index);
        value.run();
        c.aastore();
        if (mirrored[index]) {
            value.run();
            c.astore(BASE + index);
        }
    }

    void frameInt(String name, int arg) {
        c.aload(F);
        c.loadConstant(arg);
        rt(name, "(Lorg/taipan/vm/PyFrame;I)V");
    }

    void unaryRt(int top, String name) {
        c.aload(stack(top));
        rt(name, "(" + PO + ")" + PO);
        c.astore(stack(top));
    }

    void binaryRt(int top, String name) {
        c.aload(stack(top - 1));
        c.aload(stack(top));
        rt(name, "(" + PO + PO + ")" + PO);
        c.astore(stack(top - 1));
    }

    void binaryRt(int top, String name, int arg) {
        c.aload(stack(top - 1));
        c.aload(stack(top));
        c.loadConstant(arg);
        rt(name, "(" + PO + PO + "I)" + PO);
        c.astore(stack(top - 1));
    }

    /** A new PyObject[] of stack values {@code [first, first + n)}, left on the operand stack. */
    void array(int first, int n) {
        c.loadConstant(n);
        c.anewarray(CD_PO);
        for (int k = 0; k < n; k++) {
            c.dup();
            c.loadConstant(k);
            c.aload(stack(first + k));
            c.aastore();
        }
    }

    /** An eval-loop helper {@code Ops.name(slots, sp, arg) -> sp} that pops {@code popped} values and pushes one. */
    void helper(int depth, int popped, int arg, String name) {
        viaSlots(depth, popped, 1, () -> {
            sp(depth);
            c.loadConstant(arg);
            call("org.taipan.vm.Ops", name, "([" + PO + "II)I");
            c.pop();
        });
    }

    /** Spills the top {@code popped} values, runs the helper, reloads the {@code pushed} results. */
    void viaSlots(int depth, int popped, int pushed, Runnable helperCall) {
        spill(depth - popped, depth);
        helperCall.run();
        int newDepth = depth - popped + pushed;
        reload(newDepth - pushed, newDepth);
    }

}
