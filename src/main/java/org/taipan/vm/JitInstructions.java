package org.taipan.vm;

import static org.taipan.compiler.Opcode.*;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;

/**
 * The translation of each Python instruction (see {@link Jit}): loads of its operands from JVM
 * locals, a call to the {@link JitRuntime} (or eval-loop helper) method that does its work, and
 * a store of the result. Instructions whose eval-loop helper works on the frame's stack array
 * get their operands spilled to {@code f.slots} first.
 */
final class JitInstructions extends JitEmitter {
    JitInstructions(PyCode co, Jit.Decoded d, CodeBuilder c) {
        super(co, d, c);
    }

    @Override
    void instruction(int i) {
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
            case RETURN_VALUE -> leave(false, top);
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
                if (op == POP_JUMP_BACKWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_TRUE) {
                    // A loop's test at its end: Ctrl-C and GIL hand-over, as at JUMP_BACKWARD.
                    rt("checkInterrupt", "()V");
                }
                c.aload(stack(top));
                rt("truth", "(" + PO + ")Z");
                boolean ifFalse = op == POP_JUMP_FORWARD_IF_FALSE || op == POP_JUMP_BACKWARD_IF_FALSE;
                branch(ifFalse ? java.lang.classfile.Opcode.IFEQ : java.lang.classfile.Opcode.IFNE, i);
            }
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_FORWARD_IF_NOT_NONE,
                 POP_JUMP_BACKWARD_IF_NOT_NONE -> {
                if (op == POP_JUMP_BACKWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NOT_NONE) {
                    rt("checkInterrupt", "()V");
                }
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
                leave(true, top);
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

    /** Returns the top of the stack, recording whether the frame yielded (and can resume) or returned. */
    private void leave(boolean yielded, int top) {
        c.aload(F);
        c.loadConstant(yielded ? 1 : 0);
        c.putfield(FRAME, "yielded", ConstantDescs.CD_boolean);
        c.aload(stack(top));
        c.areturn();
    }
}
