package org.taipan.vm;

import java.util.List;
import org.taipan.modules.BuiltinsModule;
import org.taipan.modules.SysModule;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PySuper;
import org.taipan.objects.PyStr;
import org.taipan.objects.TypeNewCall;

/**
 * The interpreter state (CPython's PyInterpreterState): the builtins module, {@code sys} and
 * the table of loaded modules. One per embedded interpreter; the command line makes one.
 */
public final class Interpreter {
    private static Interpreter current;

    static {
        // Classes an error path needs are initialised now: a first use deep in a stack overflow
        // would fail their initialisation for good.
        java.util.Objects.requireNonNull(PyTraceback.TYPE);
        java.util.Objects.requireNonNull(org.taipan.objects.ExceptionTypes.RECURSION_ERROR);
        java.util.Objects.requireNonNull(ThreadState.recursionError());
        java.util.Objects.requireNonNull(TracebackPrinter.class);
        PySuper.zeroArgs = ClassBuilder::superArgs;
        org.taipan.parser.CompileWarnings.sink = Warnings::compileWarning;
        org.taipan.objects.Errors.warner = Warnings::warn;
        TypeNewCall.callerGlobals = () -> {
            PyFrame f = ThreadState.current().frame;
            return f == null ? null : f.globals;
        };
    }

    public final PyModule builtins;
    /** {@code sys.modules}. */
    public final PyDict modules = new PyDict();
    public final PyModule sys;
    /** What the command line and the environment asked for. */
    public final Config config;
    /** The -O level (0, 1 or 2): what compile() uses when it is asked for -1, and imports. */
    private int optimize;
    /** atexit's callbacks, in registration order. */
    public final java.util.List<org.taipan.modules.AtexitModule.Callback> atexitCallbacks = new java.util.ArrayList<>();
    /** sys.addaudithook's hooks. */
    public final java.util.List<PyObject> auditHooks = new java.util.ArrayList<>();
    /** sys.setswitchinterval: how long a thread waits for the GIL before asking for it (read without the GIL). */
    public volatile double switchInterval = 0.005;
    /** Set once the program has ended and the interpreter is shutting down (sys.is_finalizing). */
    public boolean finalizing;
    private final java.util.Map<String, PyStr> interned = new java.util.HashMap<>();

    public Interpreter() {
        this(List.of(""));
    }

    /** {@code argv} becomes {@code sys.argv}: the script name first. */
    public Interpreter(List<String> argv) {
        this(withArgv(argv));
    }

    private static Config withArgv(List<String> argv) {
        Config c = new Config();
        c.argv = argv;
        String script = argv.isEmpty() ? "" : argv.get(0);
        if (!script.isEmpty() && !script.equals("-c") && !script.equals("-")) {
            java.nio.file.Path parent = java.nio.file.Path.of(script).toAbsolutePath().getParent();
            c.path0 = parent == null ? "" : parent.toString();
        }
        return c;
    }

    public Interpreter(Config config) {
        current = this;
        this.config = config;
        ThreadState.reset();
        Collector.reset();
        builtins = BuiltinsModule.create();
        sys = SysModule.create(this, config.argv);
        modules.setItem(PyStr.of("builtins"), builtins);
        modules.setItem(PyStr.of("sys"), sys);
        if (config.optimize > 0) {
            setOptimize(Math.min(config.optimize, 2));
        }
        org.taipan.imports.Importer.install(this);
        // str.encode/bytes.decode reach codecs the runtime lacks through the Python registry
        org.taipan.objects.CodecHooks.codecsModule = () -> Imports.importModule("codecs", null, PyNone.INSTANCE, 0);
    }

    /** Sets the -O level: asserts (and at 2, docstrings) are compiled out and {@code __debug__} is False. */
    public void setOptimize(int level) {
        optimize = level;
        builtins.set("__debug__", org.taipan.objects.PyBool.of(level == 0));
        org.taipan.objects.PyObject flags = sysAttr("flags");
        if (flags != null) {
            org.taipan.modules.SysModule.setOptimizeFlag(sys, level);
        }
    }

    public int optimize() {
        return optimize;
    }

    /** The interpreter running Python code now. */
    public static Interpreter current() {
        return current;
    }

    /** The names {@link #builtinModule} knows (sys.builtin_module_names); keep the two in step. */
    public static final String[] BUILTIN_MODULE_NAMES = {"_ast", "_bisect", "_blake2", "_codecs", "_collections",
        "_functools", "_hashlib", "_heapq", "_imp", "_io", "_json", "_opcode", "_random", "_re", "_struct",
        "_subprocess", "_thread", "_traceback", "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "gc", "io", "itertools",
        "marshal", "math", "posix", "sys", "time", "unicodedata", "zlib"};

    /** A module written in Java that {@code import NAME} finds, or null. */
    public PyModule builtinModule(String name) {
        return switch (name) {
            case "builtins" -> builtins;
            case "sys" -> sys;
            case "time" -> org.taipan.modules.TimeModule.create();
            case "gc" -> org.taipan.modules.GcModule.create();
            case "_weakref" -> org.taipan.modules.WeakrefModule.create();
            case "math" -> org.taipan.modules.MathModule.create();
            case "_heapq" -> org.taipan.modules.HeapqModule.create();
            case "_bisect" -> org.taipan.modules.BisectModule.create();
            case "_random" -> org.taipan.modules.RandomModule.create();
            case "_functools" -> org.taipan.modules.FunctoolsModule.create();
            case "_collections" -> org.taipan.modules.CollectionsModule.create();
            case "itertools" -> org.taipan.modules.itertools.ItertoolsModule.create();
            case "io", "_io" -> org.taipan.modules.io.IoModule.create(name);
            case "atexit" -> org.taipan.modules.AtexitModule.create();
            case "_opcode" -> org.taipan.modules.OpcodeModule.create();
            case "_re" -> org.taipan.modules.re.ReModule.create();
            case "_json" -> org.taipan.modules.json.JsonModule.create();
            case "_struct" -> org.taipan.modules.struct.StructModule.create();
            case "_thread" -> org.taipan.modules.thread.ThreadModule.create();
            case "_subprocess" -> org.taipan.modules.subprocess.SubprocessModule.create();
            case "binascii" -> org.taipan.modules.BinasciiModule.create();
            case "cmath" -> org.taipan.modules.CMathModule.create();
            case "array" -> org.taipan.modules.array.ArrayType.createModule();
            case "_traceback" -> org.taipan.modules.TracebackModule.create();
            case "posix" -> org.taipan.modules.os.PosixModule.create();
            case "marshal" -> org.taipan.modules.Marshal.create();
            case "_imp" -> org.taipan.imports.ImpModule.create();
            case "_ast" -> org.taipan.modules.ast.AstModule.create();
            case "_hashlib" -> org.taipan.modules.hash.HashModule.create();
            case "_blake2" -> org.taipan.modules.hash.HashModule.createBlake2();
            case "zlib" -> org.taipan.modules.zlib.ZlibModule.create();
            case "_codecs" -> org.taipan.modules.CodecsModule.create();
            case "unicodedata" -> org.taipan.modules.unicodedata.UnicodeDataModule.create();
            default -> null;
        };
    }

    /** An attribute of {@code sys}, or null. */
    public PyObject sysAttr(String name) {
        return sys.instanceDict().getItem(PyStr.of(name));
    }

    /** A fresh module namespace as CPython sets one up: {@code __name__}, {@code __builtins__}, … */
    public PyDict newGlobals(String name, String file) {
        PyDict g = new PyDict();
        g.setItem(PyStr.of("__name__"), PyStr.of(name));
        g.setItem(PyStr.of("__doc__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__package__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__loader__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__spec__"), PyNone.INSTANCE);
        g.setItem(PyStr.of("__annotations__"), new PyDict());
        // As CPython: the module itself in __main__, its dict in every other module.
        g.setItem(PyStr.of("__builtins__"), name.equals("__main__") ? builtins : builtins.instanceDict());
        if (file != null) {
            g.setItem(PyStr.of("__file__"), PyStr.of(file));
        }
        return g;
    }

    /**
     * Interpreter shutdown (after the atexit handlers): what CPython's module teardown does to
     * the main module's objects. Suspended generators are closed, so their finally blocks run,
     * and objects with {@code __del__} are finalized, in the order CPython frees them; then
     * every other object with {@code __del__} still alive. Errors are reported as "Exception
     * ignored in", not raised. See {@link Collector#atExit}.
     */
    public void finalizeMain(PyDict globals) {
        Collector.atExit(globals);
    }

    static void finalizeGenerator(PyGenerator g) {
        if (g.kind != PyGenerator.Kind.GENERATOR || !g.started || g.finished) {
            return;
        }
        try {
            g.close();
        } catch (org.taipan.objects.PyException e) {
            org.taipan.modules.SysModule.writeStderr("Exception ignored in: " + org.taipan.objects.Abstract.repr(g)
                    + "\n" + TracebackPrinter.formatUnraisable(e.value));
        }
    }

    /** sys.intern: the one str object for each interned value. */
    public PyStr intern(PyStr s) {
        return interned.computeIfAbsent(s.toString(), k -> s);
    }

    /**
     * How a program ends, as CPython's Py_RunMain and Py_FinalizeEx order it: the uncaught
     * exception (if any) is reported and gives the exit status, atexit callbacks run, the main
     * module is finalised, and the standard streams and open files are flushed.
     */
    public int finish(org.taipan.objects.PyException uncaught, PyDict mainGlobals) {
        int status = uncaught == null ? 0 : handleUncaught(uncaught);
        shutdown(mainGlobals);
        return status;
    }

    /**
     * As CPython's wait_for_thread_shutdown: when threading was imported, its {@code _shutdown}
     * joins the threads that are not daemons.
     */
    private void waitForThreads() {
        PyObject threading = modules.getItem(PyStr.of("threading"));
        if (threading == null) {
            return;
        }
        try {
            PyObject shutdown = org.taipan.objects.Abstract.getAttr(threading, PyStr.of("_shutdown"));
            org.taipan.objects.Abstract.call(shutdown, new PyObject[0], null);
        } catch (org.taipan.objects.PyException e) {
            Collector.reportUnraisable(e, threading);
        }
    }

    /** The end of the interpreter (once): threads joined, atexit callbacks, the main module's finalisation, flushing. */
    public void shutdown(PyDict mainGlobals) {
        if (finalizing) {
            return;
        }
        waitForThreads();
        org.taipan.modules.AtexitModule.runAll(this);
        finalizing = true;
        ThreadState.closeGil();
        if (mainGlobals != null) {
            finalizeMain(mainGlobals);
        }
        org.taipan.modules.BuiltinsModule.flushFiles();
    }

    /**
     * The exit status for an exception that ended the program. SystemExit ends quietly with its
     * code (any other code is printed to stderr, status 1); anything else goes to
     * sys.excepthook (status 1), and KeyboardInterrupt then ends the process as SIGINT would
     * (status -2, which the launcher turns into the signal itself, as CPython does).
     */
    public int handleUncaught(org.taipan.objects.PyException e) {
        if (e.matches(org.taipan.objects.ExceptionTypes.SYSTEM_EXIT)) {
            org.taipan.objects.PyBaseException v = e.value;
            PyObject code = v.args.size() == 0 ? PyNone.INSTANCE : v.args.size() == 1 ? v.args.get(0) : v.args;
            if (code == PyNone.INSTANCE) {
                return 0;
            }
            if (code instanceof org.taipan.objects.PyInt i) {
                return i.isLong() ? (int) i.longValue() & 0xFF : 0xFF;
            }
            try {
                org.taipan.modules.SysModule.writeStderr(org.taipan.objects.Abstract.str(code) + "\n");
            } catch (org.taipan.objects.PyException ignored) {
                // str() failed: CPython prints nothing more either.
            }
            return 1;
        }
        PyObject hook = sysAttr("excepthook");
        org.taipan.objects.PyBaseException v = e.value;
        PyObject tb = v.traceback == null ? PyNone.INSTANCE : v.traceback;
        if (hook == null || hook == PyNone.INSTANCE) {
            org.taipan.modules.SysModule.writeStderr("sys.excepthook is missing\n" + TracebackPrinter.format(v));
        } else {
            try {
                org.taipan.objects.Abstract.call(hook, new PyObject[] {v.type(), v, tb}, null);
            } catch (org.taipan.objects.PyException failed) {
                org.taipan.modules.SysModule.writeStderr("Error in sys.excepthook:\n" + TracebackPrinter.format(failed.value)
                        + "\nOriginal exception was:\n" + TracebackPrinter.format(v));
            }
        }
        return e.matches(org.taipan.objects.ExceptionTypes.KEYBOARD_INTERRUPT) ? -2 : 1;
    }

    /** Runs module-level code in {@code globals} (which are also its locals). */
    public PyObject exec(PyCode code, PyDict globals) {
        return EvalLoop.runCode(code, globals, builtins.instanceDict(), globals);
    }

    /** Runs code with separate globals and locals ({@code exec(code, g, l)}). */
    public PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        return EvalLoop.runCode(code, globals, builtinsOf(globals), locals);
    }

    /** The builtins a frame with these globals sees: their {@code __builtins__}, else the interpreter's. */
    public PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.getItem(PyStr.of("__builtins__"));
        if (b instanceof PyModule m) {
            return m.instanceDict();
        }
        if (b instanceof PyDict d) {
            return d;
        }
        return builtins.instanceDict();
    }
}
