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
 * Writes the JVM code of one compiled code object (see {@link Jit}). Each Python instruction
 * becomes loads of its operands from JVM locals, a call to the {@link JitRuntime} (or eval-loop
 * helper) method that does its work, and a store of the result. Instructions whose eval-loop
 * helper works on the frame's stack array get their operands spilled to {@code f.slots} first.
 */
final class JitEmitter {
    private static final String PO = "Lorg/taipan/objects/PyObject;";
    private static final ClassDesc CD_PO = ClassDesc.of("org.taipan.objects.PyObject");
    private static final ClassDesc RT = ClassDesc.of("org.taipan.vm.JitRuntime");
    private static final ClassDesc FRAME = ClassDesc.of("org.taipan.vm.PyFrame");
    private static final ClassDesc TS = ClassDesc.of("org.taipan.vm.ThreadState");
    private static final ClassDesc CD_PYCODE = ClassDesc.of("org.taipan.vm.PyCode");
    private static final ClassDesc CD_PYSTR = ClassDesc.of("org.taipan.objects.PyStr");
    private static final ClassDesc CD_PYTYPE = ClassDesc.of("org.taipan.objects.PyType");

    // JVM locals: this, ts, f, entry, slots, instr, kwnames, exception value, caught, a scratch value, then Python's.
    private static final int TSV = 1, F = 2, ENTRY = 3, S = 4, INSTR = 5, KW = 6, EXC = 7, CAUGHT = 8, SCRATCH = 9,
            BASE = 10;

    private final PyCode co;
    private final Jit.Decoded d;
    private final CodeBuilder c;
    private final int nlp;
    /** Whether a fast local is mirrored in a JVM local (plain locals; cells and free variables live in slots). */
    private final boolean[] mirrored;
    private final Label[] labels;

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
    private void emitHandler(Label handler) {
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

    private int stack(int k) {
        return BASE + nlp + k;
    }

    private void slotLoad(int index) {
        c.aload(S);
        c.loadConstant(index);
        c.aaload();
    }

    /** Copies stack values {@code [from, to)} into the frame's slots, where the eval loop's helpers read them. */
    private void spill(int from, int to) {
        for (int k = from; k < to; k++) {
            c.aload(S);
            c.loadConstant(nlp + k);
            c.aload(stack(k));
            c.aastore();
        }
    }

    private void reload(int from, int to) {
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

    private void rt(String name, String desc) {
        c.invokestatic(RT, name, MethodTypeDesc.ofDescriptor(desc));
    }

    private void call(String owner, String name, String desc) {
        c.invokestatic(ClassDesc.of(owner), name, MethodTypeDesc.ofDescriptor(desc));
    }

    private void constant(int index, ClassDesc type) {
        c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, type, index));
    }

    private void name(int i) {
        constant(co.consts.length + i, CD_PYSTR);
    }

    private void typeOf() {
        c.invokevirtual(CD_PO, "type", MethodTypeDesc.of(CD_PYTYPE));
    }

    private void pyCode() {
        c.aload(F);
        c.getfield(FRAME, "code", CD_PYCODE);
    }

    private void setLasti(int instr) {
        c.aload(F);
        c.loadConstant(instr);
        c.putfield(FRAME, "lasti", ConstantDescs.CD_int);
    }

    /** Leaves the eval loop's {@code sp} for a helper that works on the slots array. */
    private void sp(int depth) {
        c.aload(S);
        c.loadConstant(nlp + depth);
    }

    private void branch(java.lang.classfile.Opcode test, int i) {
        c.branch(test, labels[d.indexAt(d.target[i])]);
    }

    private void instruction(int i) {
        int op = d.op[i], arg = d.arg[i], depth = d.depth[i], instr = d.offset[i];
        int top = depth - 1;
        c.loadConstant(instr);
        c.istore(INSTR);
        switch (op) {
            case NOP, RESUME, PRECALL, POP_TOP -> { }
            case PUSH_NULL -> {
                c.aconst_null();
                c.astore(stack(depth));
            }
            case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_INVERT -> {
                c.aload(stack(top));
                c.loadConstant(op);
                call("org.taipan.vm.Ops", "unary", "(" + PO + "I)" + PO);
                c.astore(stack(top));
            }
            case UNARY_NOT -> unaryRt(top, "not");
            case BINARY_SUBSCR -> {
                // The slot call is emitted here, not in a shared helper, so that its type profile is this site's.
                Label slow = c.newLabel(), done = c.newLabel();
                c.aload(stack(top - 1));
                typeOf();
                c.getfield(CD_PYTYPE, "getitem", ClassDesc.of("org.taipan.objects.Slot$Binary"));
                c.dup();
                c.ifnull(slow);
                c.aload(stack(top - 1));
                c.aload(stack(top));
                c.invokeinterface(ClassDesc.of("org.taipan.objects.Slot$Binary"), "call",
                        MethodTypeDesc.ofDescriptor("(" + PO + PO + ")" + PO));
                c.goto_(done);
                c.labelBinding(slow);
                c.pop();
                c.aload(stack(top - 1));
                c.aload(stack(top));
                call("org.taipan.vm.Ops", "getItem", "(" + PO + PO + ")" + PO);
                c.labelBinding(done);
                c.astore(stack(top - 1));
            }
            case PUSH_EXC_INFO -> {
                c.aload(stack(top));
                c.astore(stack(depth));
                c.aload(TSV);
                c.aload(stack(top));
                rt("pushExcInfo", "(Lorg/taipan/vm/ThreadState;" + PO + ")" + PO);
                c.astore(stack(top));
            }
            case CHECK_EXC_MATCH -> {
                c.aload(stack(top - 1));
                c.aload(stack(top));
                rt("checkExcMatch", "(" + PO + PO + ")" + PO);
                c.astore(stack(top));
            }
            case WITH_EXCEPT_START -> {
                c.aload(stack(depth - 4));
                c.aload(stack(top));
                call("org.taipan.vm.With", "exitWithException", "(" + PO + PO + ")" + PO);
                c.astore(stack(depth));
            }
            case BEFORE_WITH -> viaSlots(depth, 1, 2, () -> {
                sp(depth);
                call("org.taipan.vm.With", "before", "([" + PO + "I)I");
                c.pop();
            });
            case STORE_SUBSCR -> {
                c.aload(stack(depth - 3));
                c.aload(stack(depth - 2));
                c.aload(stack(top));
                rt("setItem", "(" + PO + PO + PO + ")V");
            }
            case DELETE_SUBSCR -> {
                c.aload(stack(depth - 2));
                c.aload(stack(top));
                rt("delItem", "(" + PO + PO + ")V");
            }
            case GET_ITER -> {
                c.aload(stack(top));
                call("org.taipan.vm.Ops", "getIter", "(" + PO + ")" + PO);
                c.astore(stack(top));
            }
            case LOAD_BUILD_CLASS -> {
                c.aload(F);
                call("org.taipan.vm.Ops", "loadBuildClass", "(Lorg/taipan/vm/PyFrame;)" + PO);
                c.astore(stack(depth));
            }
            case LOAD_ASSERTION_ERROR -> {
                c.getstatic(ClassDesc.of("org.taipan.objects.ExceptionTypes"), "ASSERTION_ERROR",
                        ClassDesc.of("org.taipan.objects.PyType"));
                c.astore(stack(depth));
            }
            case LIST_TO_TUPLE -> unaryRt(top, "listToTuple");
            case RETURN_VALUE -> {
                c.aload(F);
                c.iconst_0();
                c.putfield(FRAME, "yielded", ConstantDescs.CD_boolean);
                c.aload(stack(top));
                c.areturn();
            }
            case IMPORT_STAR -> {
                setLasti(instr);
                c.aload(F);
                c.aload(stack(top));
                call("org.taipan.vm.Imports", "importStar", "(Lorg/taipan/vm/PyFrame;" + PO + ")V");
            }
            case POP_EXCEPT -> {
                c.aload(TSV);
                c.aload(stack(top));
                rt("popExcept", "(Lorg/taipan/vm/ThreadState;" + PO + ")V");
            }
            case STORE_NAME -> {
                c.aload(F);
                name(arg);
                c.aload(stack(top));
                call("org.taipan.vm.Ops", "storeName", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;" + PO + ")V");
            }
            case DELETE_NAME -> {
                c.aload(F);
                name(arg);
                call("org.taipan.vm.Ops", "deleteName", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;)V");
            }
            case LOAD_NAME -> {
                c.aload(F);
                name(arg);
                call("org.taipan.vm.Ops", "loadName", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;)" + PO);
                c.astore(stack(depth));
            }
            case UNPACK_SEQUENCE -> {
                // Exact tuples and lists of the right size straight into the stack locals, item 0 on top.
                Label slow = c.newLabel(), done = c.newLabel();
                c.aload(stack(top));
                c.loadConstant(arg);
                rt("unpackable", "(" + PO + "I)Z");
                c.ifeq(slow);
                c.aload(stack(top));
                c.astore(SCRATCH);
                for (int k = 0; k < arg; k++) {
                    c.aload(SCRATCH);
                    c.loadConstant(k);
                    rt("item", "(" + PO + "I)" + PO);
                    c.astore(stack(top + arg - 1 - k));
                }
                c.goto_(done);
                c.labelBinding(slow);
                viaSlots(depth, 1, arg, () -> {
                    sp(depth);
                    c.loadConstant(arg);
                    call("org.taipan.vm.Ops", "unpackSequence", "([" + PO + "II)I");
                    c.pop();
                });
                c.labelBinding(done);
            }
            case UNPACK_EX -> viaSlots(depth, 1, (arg & 0xFF) + (arg >> 8) + 1, () -> {
                sp(depth);
                c.loadConstant(arg & 0xFF);
                c.loadConstant(arg >> 8);
                call("org.taipan.vm.Ops", "unpackEx", "([" + PO + "III)I");
                c.pop();
            });
            case FOR_ITER -> {
                c.aload(stack(top));
                typeOf();
                c.getfield(CD_PYTYPE, "next", ClassDesc.of("org.taipan.objects.Slot$Next"));
                c.aload(stack(top));
                c.invokeinterface(ClassDesc.of("org.taipan.objects.Slot$Next"), "call",
                        MethodTypeDesc.ofDescriptor("(" + PO + ")" + PO));
                c.dup();
                c.astore(stack(depth));
                branch(java.lang.classfile.Opcode.IFNULL, i);
            }
            case STORE_ATTR -> {
                setLasti(instr);
                pyCode();
                c.loadConstant(instr >> 1);
                c.aload(stack(top));
                name(arg);
                c.aload(stack(top - 1));
                call("org.taipan.vm.Attrs", "storeAttr", "(Lorg/taipan/vm/PyCode;I" + PO
                        + "Lorg/taipan/objects/PyStr;" + PO + ")V");
            }
            case DELETE_ATTR -> {
                c.aload(stack(top));
                name(arg);
                c.aconst_null();
                call("org.taipan.objects.Abstract", "setAttr", "(" + PO + "Lorg/taipan/objects/PyStr;" + PO + ")V");
            }
            case STORE_GLOBAL -> {
                c.aload(F);
                name(arg);
                c.aload(stack(top));
                rt("storeGlobal", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;" + PO + ")V");
            }
            case DELETE_GLOBAL -> {
                c.aload(F);
                name(arg);
                rt("deleteGlobal", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;)V");
            }
            case SWAP -> {
                c.aload(stack(top));
                c.aload(stack(depth - arg));
                c.astore(stack(top));
                c.astore(stack(depth - arg));
            }
            case LOAD_CONST -> {
                constant(arg, CD_PO);
                c.astore(stack(depth));
            }
            case BUILD_TUPLE, BUILD_LIST -> {
                array(depth - arg, arg);
                rt(op == BUILD_TUPLE ? "tuple" : "list", "([" + PO + ")" + PO);
                c.astore(stack(depth - arg));
            }
            case BUILD_SET -> helper(depth, arg, arg, "buildSet");
            case BUILD_MAP -> helper(depth, 2 * arg, arg, "buildMap");
            case BUILD_CONST_KEY_MAP -> helper(depth, arg + 1, arg, "buildConstKeyMap");
            case BUILD_STRING -> helper(depth, arg, arg, "buildString");
            case FORMAT_VALUE -> helper(depth, (arg & 0x04) != 0 ? 2 : 1, arg, "formatValue");
            case LOAD_ATTR -> {
                setLasti(instr);
                pyCode();
                c.loadConstant(instr >> 1);
                c.aload(stack(top));
                name(arg);
                call("org.taipan.vm.Attrs", "loadAttr", "(Lorg/taipan/vm/PyCode;I" + PO
                        + "Lorg/taipan/objects/PyStr;)" + PO);
                c.astore(stack(top));
            }
            case COMPARE_OP -> binaryRt(top, "compare", arg);
            case BINARY_OP -> binaryRt(top, JitRuntime.binaryEntry(arg), arg);
            case IS_OP -> binaryRt(top, "is", arg);
            case CONTAINS_OP -> binaryRt(top, "contains", arg);
            case IMPORT_NAME -> {
                setLasti(instr);
                c.aload(F);
                name(arg);
                c.aload(stack(top));
                c.aload(stack(top - 1));
                call("org.taipan.vm.Imports", "importName", "(Lorg/taipan/vm/PyFrame;Lorg/taipan/objects/PyStr;"
                        + PO + PO + ")" + PO);
                c.astore(stack(top - 1));
            }
            case IMPORT_FROM -> {
                c.aload(stack(top));
                name(arg);
                call("org.taipan.vm.Imports", "importFrom", "(" + PO + "Lorg/taipan/objects/PyStr;)" + PO);
                c.astore(stack(depth));
            }
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> c.goto_(labels[d.indexAt(d.target[i])]);
            case JUMP_BACKWARD -> {
                rt("checkInterrupt", "()V");
                c.goto_(labels[d.indexAt(d.target[i])]);
            }
            case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP -> {
                c.aload(stack(top));
                rt("truth", "(" + PO + ")Z");
                branch(op == JUMP_IF_FALSE_OR_POP ? java.lang.classfile.Opcode.IFEQ
                        : java.lang.classfile.Opcode.IFNE, i);
            }
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE,
                 POP_JUMP_BACKWARD_IF_TRUE -> {
                c.aload(stack(top));
                rt("truth", "(" + PO + ")Z");
                boolean ifFalse = op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_FALSE;
                branch(ifFalse ? java.lang.classfile.Opcode.IFEQ : java.lang.classfile.Opcode.IFNE, i);
            }
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                c.aload(stack(top));
                c.getstatic(ClassDesc.of("org.taipan.objects.PyNone"), "INSTANCE",
                        ClassDesc.of("org.taipan.objects.PyNone"));
                boolean ifNone = op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE;
                branch(ifNone ? java.lang.classfile.Opcode.IF_ACMPEQ : java.lang.classfile.Opcode.IF_ACMPNE, i);
            }
            case LOAD_GLOBAL -> {
                int at = depth;
                if ((arg & 1) != 0) {
                    c.aconst_null();
                    c.astore(stack(at++));
                }
                c.aload(F);
                c.loadConstant(instr >> 1);
                name(arg >> 1);
                call("org.taipan.vm.Attrs", "loadGlobalCached", "(Lorg/taipan/vm/PyFrame;ILorg/taipan/objects/PyStr;)"
                        + PO);
                c.astore(stack(at));
            }
            case RERAISE -> {
                c.aload(F);
                c.aload(stack(top));
                if (arg != 0) {
                    c.aload(stack(top - arg));
                } else {
                    c.aconst_null();
                }
                rt("reraise", "(Lorg/taipan/vm/PyFrame;" + PO + PO + ")Lorg/taipan/objects/PyException;");
                c.athrow();
            }
            case COPY -> {
                c.aload(stack(depth - arg));
                c.astore(stack(depth));
            }
            case BUILD_SLICE -> {
                int first = depth - arg;
                c.aload(stack(first));
                c.aload(stack(first + 1));
                if (arg == 3) {
                    c.aload(stack(first + 2));
                } else {
                    c.aconst_null();
                }
                rt("slice", "(" + PO + PO + PO + ")" + PO);
                c.astore(stack(first));
            }
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE -> {
                c.aload(stack(top - arg));
                c.aload(stack(top));
                rt(switch (op) {
                    case LIST_APPEND -> "listAppend";
                    case SET_ADD -> "setAdd";
                    case LIST_EXTEND -> "listExtend";
                    case SET_UPDATE -> "setUpdate";
                    default -> "dictUpdate";
                }, "(" + PO + PO + ")V");
            }
            case DICT_MERGE -> {
                c.aload(stack(top - 2 - arg));
                c.aload(stack(top - arg));
                c.aload(stack(top));
                rt("dictMerge", "(" + PO + PO + PO + ")V");
            }
            case MAP_ADD -> {
                c.aload(stack(depth - 2 - arg));
                c.aload(stack(depth - 2));
                c.aload(stack(top));
                rt("mapAdd", "(" + PO + PO + PO + ")V");
            }
            case LOAD_CLASSDEREF -> {
                c.aload(F);
                c.loadConstant(arg);
                call("org.taipan.vm.Ops", "loadClassDeref", "(Lorg/taipan/vm/PyFrame;I)" + PO);
                c.astore(stack(depth));
            }
            case LOAD_FAST -> {
                Label ok = c.newLabel();
                if (mirrored[arg]) {
                    c.aload(BASE + arg);
                } else {
                    slotLoad(arg);
                }
                c.dup();
                c.astore(stack(depth));
                c.ifnonnull(ok);
                c.aload(F);
                c.loadConstant(arg);
                rt("unboundLocal", "(Lorg/taipan/vm/PyFrame;I)Lorg/taipan/objects/PyException;");
                c.athrow();
                c.labelBinding(ok);
            }
            case STORE_FAST -> storeFast(arg, () -> c.aload(stack(top)));
            case DELETE_FAST -> {
                Label ok = c.newLabel();
                slotLoad(arg);
                c.ifnonnull(ok);
                c.aload(F);
                c.loadConstant(arg);
                rt("unboundLocal", "(Lorg/taipan/vm/PyFrame;I)Lorg/taipan/objects/PyException;");
                c.athrow();
                c.labelBinding(ok);
                storeFast(arg, c::aconst_null);
            }
            case RAISE_VARARGS -> {
                c.aload(TSV);
                if (arg >= 1) {
                    c.aload(stack(depth - arg));
                } else {
                    c.aconst_null();
                }
                if (arg == 2) {
                    c.aload(stack(top));
                } else {
                    c.aconst_null();
                }
                call("org.taipan.vm.Ops", "raise", "(Lorg/taipan/vm/ThreadState;" + PO + PO
                        + ")Lorg/taipan/objects/PyException;");
                c.athrow();
            }
            case MAKE_FUNCTION -> {
                int k = depth - 1 - Integer.bitCount(arg & 0x0F);
                c.aload(F);
                for (int bit : new int[] {0x01, 0x02, 0x04, 0x08}) {
                    if ((arg & bit) != 0) {
                        c.aload(stack(k++));
                    } else {
                        c.aconst_null();
                    }
                }
                c.aload(stack(top));
                rt("makeFunction", "(Lorg/taipan/vm/PyFrame;" + PO + PO + PO + PO + PO + ")" + PO);
                c.astore(stack(depth - 1 - Integer.bitCount(arg & 0x0F)));
            }
            case MAKE_CELL -> frameInt("makeCell", arg);
            case COPY_FREE_VARS -> frameInt("copyFreeVars", arg);
            case DELETE_DEREF -> frameInt("deleteDeref", arg);
            case LOAD_CLOSURE -> {
                slotLoad(arg);
                c.astore(stack(depth));
            }
            case LOAD_DEREF -> {
                c.aload(F);
                c.loadConstant(arg);
                rt("loadDeref", "(Lorg/taipan/vm/PyFrame;I)" + PO);
                c.astore(stack(depth));
            }
            case STORE_DEREF -> {
                c.aload(F);
                c.loadConstant(arg);
                c.aload(stack(top));
                rt("storeDeref", "(Lorg/taipan/vm/PyFrame;I" + PO + ")V");
            }
            case CALL_FUNCTION_EX -> {
                setLasti(instr);
                int n = (arg & 1) != 0 ? 4 : 3;
                viaSlots(depth, n, 1, () -> {
                    sp(depth);
                    c.loadConstant((arg & 1) != 0 ? 1 : 0);
                    call("org.taipan.vm.Calls", "callFunctionEx", "([" + PO + "IZ)I");
                    c.pop();
                });
            }
            case LOAD_METHOD -> {
                setLasti(instr);
                Label attr = c.newLabel(), done = c.newLabel();
                c.aload(stack(top));
                c.astore(stack(depth));
                pyCode();
                c.loadConstant(instr >> 1);
                c.aload(stack(depth));
                name(arg);
                call("org.taipan.vm.Attrs", "methodOrNull", "(Lorg/taipan/vm/PyCode;I" + PO
                        + "Lorg/taipan/objects/PyStr;)" + PO);
                c.dup();
                c.ifnull(attr);
                c.astore(stack(top));
                c.goto_(done);
                c.labelBinding(attr);
                c.pop();
                c.aconst_null();
                c.astore(stack(top));
                pyCode();
                c.loadConstant(instr >> 1);
                c.aload(stack(depth));
                name(arg);
                call("org.taipan.vm.Attrs", "loadAttr", "(Lorg/taipan/vm/PyCode;I" + PO
                        + "Lorg/taipan/objects/PyStr;)" + PO);
                c.astore(stack(depth));
                c.labelBinding(done);
            }
            case KW_NAMES -> {
                constant(arg, CD_PO);
                call("org.taipan.vm.Calls", "kwnames", "(" + PO + ")[Ljava/lang/String;");
                c.astore(KW);
            }
            case CALL -> emitCall(i, depth, arg, instr);
            case RETURN_GENERATOR -> {
                setLasti(instr);
                suspend(i, depth);
                c.aload(F);
                call("org.taipan.vm.Generators", "create", "(Lorg/taipan/vm/PyFrame;)" + PO);
                c.areturn();
            }
            case YIELD_VALUE -> {
                setLasti(instr);
                spill(0, top);
                suspend(i, top);
                c.aload(F);
                c.iconst_1();
                c.putfield(FRAME, "yielded", ConstantDescs.CD_boolean);
                c.aload(stack(top));
                c.areturn();
            }
            case GET_YIELD_FROM_ITER -> {
                pyCode();
                c.aload(stack(top));
                call("org.taipan.vm.Generators", "yieldFromIter", "(Lorg/taipan/vm/PyCode;" + PO + ")" + PO);
                c.astore(stack(top));
            }
            case SEND -> {
                setLasti(instr);
                spill(top - 1, top);
                sp(top);
                c.aload(stack(top));
                call("org.taipan.vm.Generators", "send", "([" + PO + "I" + PO + ")Z");
                Label sent = c.newLabel();
                c.ifeq(sent);
                reload(top - 1, top);
                c.goto_(labels[d.indexAt(d.target[i])]);
                c.labelBinding(sent);
                reload(top, depth);
            }
            default -> throw new IllegalStateException("no translation for " + org.taipan.compiler.Opcode.name(op));
        }
    }

    private void emitCall(int i, int depth, int argc, int instr) {
        int base = depth - argc - 2;
        c.aload(F);
        c.aload(stack(base));
        c.aload(stack(base + 1));
        c.loadConstant(instr);
        rt("callLasti", "(Lorg/taipan/vm/PyFrame;" + PO + PO + "I)I");
        c.istore(INSTR);
        boolean keywords = i > 0 && d.op[i - 1] == KW_NAMES || i > 1 && d.op[i - 2] == KW_NAMES;
        if (!keywords && argc <= 3) {
            for (int k = 0; k < argc + 2; k++) {
                c.aload(stack(base + k));
            }
            StringBuilder desc = new StringBuilder("(");
            desc.append(PO.repeat(argc + 2)).append(")").append(PO);
            rt("call" + argc, desc.toString());
            c.astore(stack(base));
            return;
        }
        viaSlots(depth, argc + 2, 1, () -> {
            sp(depth);
            c.loadConstant(argc);
            if (keywords) {
                c.aload(KW);
            } else {
                c.aconst_null(); // KW may still hold the names of a call that raised
            }
            call("org.taipan.vm.Calls", "call", "([" + PO + "II[Ljava/lang/String;)I");
            c.pop();
        });
        c.aconst_null();
        c.astore(KW);
    }

    /** Leaves the frame resumable at the next instruction with {@code depth} values on its stack (in slots). */
    private void suspend(int i, int depth) {
        c.aload(F);
        c.loadConstant(d.offset[i + 1]);
        c.putfield(FRAME, "pc", ConstantDescs.CD_int);
        c.aload(F);
        c.loadConstant(nlp + depth);
        c.putfield(FRAME, "sp", ConstantDescs.CD_int);
    }

    private void storeFast(int index, Runnable value) {
        c.aload(S);
        c.loadConstant(index);
        value.run();
        c.aastore();
        if (mirrored[index]) {
            value.run();
            c.astore(BASE + index);
        }
    }

    private void frameInt(String name, int arg) {
        c.aload(F);
        c.loadConstant(arg);
        rt(name, "(Lorg/taipan/vm/PyFrame;I)V");
    }

    private void unaryRt(int top, String name) {
        c.aload(stack(top));
        rt(name, "(" + PO + ")" + PO);
        c.astore(stack(top));
    }

    private void binaryRt(int top, String name) {
        c.aload(stack(top - 1));
        c.aload(stack(top));
        rt(name, "(" + PO + PO + ")" + PO);
        c.astore(stack(top - 1));
    }

    private void binaryRt(int top, String name, int arg) {
        c.aload(stack(top - 1));
        c.aload(stack(top));
        c.loadConstant(arg);
        rt(name, "(" + PO + PO + "I)" + PO);
        c.astore(stack(top - 1));
    }

    /** A new PyObject[] of stack values {@code [first, first + n)}, left on the operand stack. */
    private void array(int first, int n) {
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
    private void helper(int depth, int popped, int arg, String name) {
        viaSlots(depth, popped, 1, () -> {
            sp(depth);
            c.loadConstant(arg);
            call("org.taipan.vm.Ops", name, "([" + PO + "II)I");
            c.pop();
        });
    }

    /** Spills the top {@code popped} values, runs the helper, reloads the {@code pushed} results. */
    private void viaSlots(int depth, int popped, int pushed, Runnable helperCall) {
        spill(depth - popped, depth);
        helperCall.run();
        int newDepth = depth - popped + pushed;
        reload(newDepth - pushed, newDepth);
    }

}
