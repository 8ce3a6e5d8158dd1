package org.taipan.vm;

import static org.taipan.compiler.Opcode.*;

import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.taipan.compiler.CodeUnit;
import org.taipan.compiler.Opcode;

/**
 * The second tier: translates a hot code object into a JVM class whose method does what the
 * eval loop would do, instruction by instruction, with the value stack in JVM local variables
 * (the depth at each instruction is known statically) and jumps as JVM branches. The JVM then
 * compiles each Python function separately, with type profiles per call site.
 *
 * <p>A code object is compiled once hot (see {@link #threshold}); a frame running in a hot loop moves over at the loop header. Code using
 * instructions not translated yet (generators, coroutines, {@code match}) stays interpreted.
 * Exceptions unwind through the same exception table as in the eval loop. Frames keep their
 * locals in {@code PyFrame.slots}, written through, so {@code f_locals} and tracebacks still
 * see them. {@code TAIPAN_JIT=0} turns the tier off.
 */
public final class Jit {
    private Jit() {}

    static final boolean ENABLED = !"0".equals(System.getenv("TAIPAN_JIT"));
    /**
     * A code object's hotness starts at -{@link #threshold}; a call adds {@link #CALL_WEIGHT}, a
     * backward jump {@link #LOOP_WEIGHT}, so it compiles after 200 calls or 500 loop iterations:
     * late enough that code run a few times never pays for compiling. Loops go over sooner
     * because an iteration in the eval loop costs far more while the program is young (the JVM
     * itself still interprets the eval loop) than a call's entry does.
     */
    static final int CALL_WEIGHT = 10, LOOP_WEIGHT = 4;
    static int threshold = threshold();

    /** {@code TAIPAN_JIT_THRESHOLD=0} compiles every code object on its first call (for testing the tier). */
    private static int threshold() {
        String v = System.getenv("TAIPAN_JIT_THRESHOLD");
        return v == null ? 2000 : Integer.parseInt(v);
    }

    /** Set on a code object that cannot be compiled, so it is never tried again. */
    static final int NEVER = Integer.MIN_VALUE / 2;

    private static final int CO_NOT_COMPILED = CodeUnit.CO_COROUTINE | CodeUnit.CO_ASYNC_GENERATOR
            | CodeUnit.CO_ITERABLE_COROUTINE;

    /**
     * Sets the hotness at which code objects created from now on compile: 0 compiles at the
     * first call (for tests), a negative value restores the default.
     */
    public static void setThreshold(int t) {
        threshold = t < 0 ? threshold() : t;
    }

    /**
     * One ClassFile context for all compilations: its class-hierarchy resolver (which the
     * stack-map generator asks about our runtime classes) caches what it learnt.
     */
    private static final ClassFile CLASS_FILE = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(
            ClassHierarchyResolver.ofClassLoading(Jit.class.getClassLoader()).cached()));

    /** {@code TAIPAN_JIT_STATS=1}: how many code objects compiled and the time it took, on stderr at exit. */
    private static final boolean STATS = System.getenv("TAIPAN_JIT_STATS") != null;
    private static int compiled;
    private static long compileNanos;

    /** What the program's main thread allocated, taken as it ends (a dead thread has no count). */
    private static long mainAllocated = -1;

    static {
        if (STATS) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf(
                    "taipan: JIT compiled %d code objects in %.1f ms; the main thread allocated %.1f MB%n",
                    compiled, compileNanos / 1e6, mainAllocated / 1e6)));
        }
    }

    /** Whether a shutdown hook will print the statistics at exit. */
    public static boolean hasExitReport() {
        return STATS;
    }

    /** Called by the program's main thread as it ends, for the statistics. */
    public static void mainThreadDone() {
        if (STATS && java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            mainAllocated = t.getCurrentThreadAllocatedBytes();
        }
    }

    /** Called when {@code co.hotness} reaches 0: compiles it, or marks it never to be tried again. */
    static JitCode hot(PyCode co) {
        if (co.jit == null) {
            co.jit = compile(co);
            if (co.jit == null) {
                co.hotness = NEVER;
            }
        }
        return co.jit;
    }

    /** The compiled form of {@code co}, or null when it uses an instruction not translated yet. */
    static JitCode compile(PyCode co) {
        if (!ENABLED || (co.flags & CO_NOT_COMPILED) != 0) {
            return null;
        }
        long t0 = STATS ? System.nanoTime() : 0;
        try {
            Decoded d = Decoded.of(co);
            if (d == null) {
                return null;
            }
            List<Object> data = new ArrayList<>();
            for (var c : co.consts) {
                data.add(c);
            }
            for (var n : co.names) {
                data.add(n);
            }
            byte[] bytes = CLASS_FILE.build(ClassDesc.of("org.taipan.vm.JitCompiled"), cb -> {
                        cb.withFlags(ClassFile.ACC_FINAL | ClassFile.ACC_SYNTHETIC);
                        cb.withInterfaceSymbols(ClassDesc.of("org.taipan.vm.JitCode"));
                        cb.withMethodBody("<init>", ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, c -> {
                            c.aload(0);
                            c.invokespecial(ConstantDescs.CD_Object, "<init>", ConstantDescs.MTD_void);
                            c.return_();
                        });
                        cb.withMethodBody("run", MethodTypeDesc.ofDescriptor(
                                "(Lorg/taipan/vm/ThreadState;Lorg/taipan/vm/PyFrame;I)Lorg/taipan/objects/PyObject;"),
                                ClassFile.ACC_PUBLIC, c -> new JitInstructions(co, d, c).emit());
                    });
            if (System.getenv("TAIPAN_JIT_DUMP") != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("TAIPAN_JIT_DUMP"), co.name + ".class"), bytes);
            }
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, data, true);
            JitCode jc = (JitCode) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
            if (STATS) {
                compiled++;
                compileNanos += System.nanoTime() - t0;
            }
            return jc;
        } catch (Throwable e) {
            if (System.getenv("TAIPAN_DEBUG") != null) {
                System.err.println("taipan: cannot compile " + co.qualname + ": " + e);
            }
            return null;
        }
    }

    /** The instructions of a code object with their stack depths, as the translation needs them. */
    static final class Decoded {
        int n;
        /** Per instruction: byte offset (of its first EXTENDED_ARG, as the eval loop's instr), opcode, argument, jump target. */
        int[] offset, op, arg, target;
        /** Stack depth before each instruction, -1 where unreachable. */
        int[] depth;
        /** Instruction index per code unit, -1 for prefixes and caches. */
        int[] indexOfUnit;
        /**
         * Byte offsets where a running frame may enter: the targets of backward jumps (from the
         * eval loop) and the resume points after RETURN_GENERATOR and YIELD_VALUE.
         */
        List<Integer> entries = new ArrayList<>();

        static Decoded of(PyCode co) {
            byte[] code = co.code;
            Decoded d = new Decoded();
            int units = code.length / 2;
            d.offset = new int[units];
            d.op = new int[units];
            d.arg = new int[units];
            d.target = new int[units];
            d.indexOfUnit = new int[units];
            java.util.Arrays.fill(d.indexOfUnit, -1);
            int pc = 0;
            while (pc < code.length) {
                int start = pc;
                int op = code[pc] & 0xFF, arg = code[pc + 1] & 0xFF;
                pc += 2;
                if (op == CACHE) {
                    continue;
                }
                while (op == EXTENDED_ARG) {
                    op = code[pc] & 0xFF;
                    arg = (arg << 8) | (code[pc + 1] & 0xFF);
                    pc += 2;
                }
                if (!JitEmitter.supports(op)) {
                    return null;
                }
                int i = d.n++;
                d.offset[i] = start;
                d.op[i] = op;
                d.arg[i] = arg;
                d.indexOfUnit[start / 2] = i;
                d.target[i] = Opcode.has(op, HAS_JREL) ? (isBackwardJump(op) ? pc - arg * 2 : pc + arg * 2) : -1;
            }
            for (int i = 0; i < d.n; i++) {
                int entry = isBackwardJump(d.op[i]) ? d.target[i]
                        : (d.op[i] == RETURN_GENERATOR || d.op[i] == YIELD_VALUE) && i + 1 < d.n ? d.offset[i + 1] : -1;
                if (entry >= 0 && !d.entries.contains(entry)) {
                    d.entries.add(entry);
                }
            }
            return d.computeDepths(co) ? d : null;
        }

        int indexAt(int byteOffset) {
            return indexOfUnit[byteOffset / 2];
        }

        /** Stack depth at every reachable instruction, through jumps and exception handlers. */
        private boolean computeDepths(PyCode co) {
            depth = new int[n];
            java.util.Arrays.fill(depth, -1);
            java.util.ArrayDeque<Integer> work = new java.util.ArrayDeque<>();
            if (!reach(0, 0, work)) {
                return false;
            }
            boolean changed = true;
            while (changed) {
                while (!work.isEmpty()) {
                    int i = work.pop();
                    int o = op[i], a = arg[i], dd = depth[i];
                    boolean jumps = target[i] >= 0;
                    if (jumps && !reach(indexAt(target[i]), dd + effect(o, a, true), work)) {
                        return false;
                    }
                    boolean falls = switch (o) {
                        case RETURN_VALUE, RAISE_VARARGS, RERAISE, JUMP_FORWARD, JUMP_BACKWARD,
                             JUMP_BACKWARD_NO_INTERRUPT -> false;
                        default -> true;
                    };
                    if (falls && (i + 1 >= n || !reach(i + 1, dd + effect(o, a, false), work))) {
                        return false;
                    }
                }
                changed = false;
                int[] h = co.handlers;
                for (int e = 0; e < h.length; e += 4) {
                    int t = indexAt(h[e + 2] * 2);
                    if (t < 0 || depth[t] >= 0) {
                        continue;
                    }
                    for (int u = h[e]; u < h[e + 1]; u++) {
                        int i = indexOfUnit[u];
                        if (i >= 0 && depth[i] >= 0) {
                            if (!reach(t, (h[e + 3] >> 1) + (h[e + 3] & 1) + 1, work)) {
                                return false;
                            }
                            changed = true;
                            break;
                        }
                    }
                }
            }
            return true;
        }

        /**
         * Stack effects as the eval loop sees them: CPython's tables split a call's effect between
         * PRECALL and CALL, but the values stay on the stack until CALL; RETURN_GENERATOR is
         * followed by the first value sent in.
         */
        private static int effect(int op, int arg, boolean jump) {
            return switch (op) {
                case PRECALL -> 0;
                case CALL -> -(arg + 1);
                case RETURN_GENERATOR -> 1; // the frame resumes with the value sent to it pushed
                default -> stackEffect(op, arg, jump);
            };
        }

        private boolean reach(int i, int dd, java.util.ArrayDeque<Integer> work) {
            if (i < 0 || dd < 0 || dd > 100000) {
                return false;
            }
            if (depth[i] >= 0) {
                return depth[i] == dd;
            }
            depth[i] = dd;
            work.push(i);
            return true;
        }
    }
}
