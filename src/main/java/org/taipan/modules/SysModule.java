package org.taipan.modules;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.IntMath;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;

/** The {@code sys} module, minimal: argv, path, modules, the standard streams, frames, exceptions, limits. */
public final class SysModule {
    private SysModule() {}

    private static final ArgParser EXIT = ArgParser.unpack("exit", 0, 1);
    private static final ArgParser GETFRAME = ArgParser.unpack("_getframe", 0, 1);

    public static PyModule create(Interpreter interp, List<String> argv) {
        PyModule m = new PyModule("sys", new PyDict());
        m.builtin = true;
        PyObject[] args = new PyObject[argv.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = PyStr.of(argv.get(i));
        }
        m.set("argv", PyList.wrap(args));
        m.set("orig_argv", PyList.of(args));
        String script = argv.isEmpty() ? "" : argv.get(0);
        String dir = "";
        if (!script.isEmpty() && !script.equals("-c") && !script.equals("-")) {
            Path parent = Path.of(script).toAbsolutePath().getParent();
            dir = parent == null ? "" : parent.toString();
        }
        m.set("path", PyList.of(PyStr.of(dir), PyStr.of(org.taipan.vm.Imports.STDLIB)));
        m.set("modules", interp.modules);
        m.set("builtin_module_names", PyTuple.of(PyStr.of("builtins"), PyStr.of("gc"), PyStr.of("math"), PyStr.of("sys"),
                PyStr.of("time")));
        m.set("platform", PyStr.of("linux"));
        m.set("byteorder", PyStr.of("little"));
        m.set("maxsize", PyInt.of(Long.MAX_VALUE));
        m.set("maxunicode", PyInt.of(0x10FFFF));
        m.set("version", PyStr.of("3.11.7 (Taipan)"));
        String[] vi = {"major", "minor", "micro", "releaselevel", "serial"};
        PyObject versionInfo = StructSeq.of(StructSeq.newType("sys.version_info", vi), vi, PyInt.of(3), PyInt.of(11),
                PyInt.of(7), PyStr.of("final"), PyInt.of(0));
        m.set("version_info", versionInfo);
        String[] fl = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
            "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
        PyObject[] flagValues = new PyObject[fl.length];
        for (int i = 0; i < fl.length; i++) {
            flagValues[i] = PyInt.of(0);
        }
        flagValues[4] = PyInt.of(1);
        flagValues[11] = PyInt.of(1);
        flagValues[13] = PyBool.FALSE;
        flagValues[16] = PyBool.FALSE;
        flagValues[17] = PyInt.of(-1);
        m.set("flags", StructSeq.of(StructSeq.newType("sys.flags", fl), fl, flagValues));
        flagsType = ((StructSeq) m.instanceDict().getItem(PyStr.of("flags"))).type();
        flagNames = fl;
        String[] impl = {"name", "cache_tag", "version", "hexversion"};
        m.set("implementation", StructSeq.of(StructSeq.newType("namespace", impl), impl, PyStr.of("taipan"),
                PyStr.of(org.taipan.imports.PycCache.CACHE_TAG), versionInfo, PyInt.of(0x030B07F0)));
        m.set("hexversion", PyInt.of(0x030B07F0));
        m.set("executable", PyStr.of("taipan"));
        m.set("prefix", PyStr.of(""));
        m.set("dont_write_bytecode", PyBool.TRUE);
        m.set("stdout", TextStream.STDOUT);
        m.set("stderr", TextStream.STDERR);
        m.set("stdin", TextStream.STDIN);
        m.set("__stdout__", TextStream.STDOUT);
        m.set("__stderr__", TextStream.STDERR);
        m.set("__stdin__", TextStream.STDIN);
        m.def("exit", (self, a, start, kw) -> {
            PyObject[] p = EXIT.bind(a, start, kw);
            // As PyErr_SetObject does: no value means no args, a tuple is the args itself.
            PyTuple excArgs = p[0] == null || p[0] == PyNone.INSTANCE ? PyTuple.EMPTY
                    : p[0] instanceof PyTuple t ? t : PyTuple.of(p[0]);
            throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, excArgs));
        });
        IntMath.setMaxStrDigits(IntMath.DEFAULT_MAX_STR_DIGITS); // per interpreter, as CPython's is
        m.def("get_int_max_str_digits", (self, a, start, kw) -> {
            noArgs("get_int_max_str_digits", a, start, kw);
            return PyInt.of(IntMath.maxStrDigits());
        });
        m.def("set_int_max_str_digits", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.clinic("set_int_max_str_digits", "maxdigits").bind(a, start, kw);
            long n = Seq.asSsize(p[0]);
            if (n != 0 && n < IntMath.STR_DIGITS_THRESHOLD) {
                throw Errors.valueError("maxdigits must be 0 or larger than " + IntMath.STR_DIGITS_THRESHOLD);
            }
            IntMath.setMaxStrDigits((int) Math.min(n, Integer.MAX_VALUE));
            return PyNone.INSTANCE;
        });
        m.def("getrecursionlimit", (self, a, start, kw) -> {
            noArgs("getrecursionlimit", a, start, kw);
            return PyInt.of(ThreadState.current().recursionLimit());
        });
        m.def("setrecursionlimit", (self, n) -> {
            long limit = Seq.index(n).longValue();
            if (limit < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            ThreadState ts = ThreadState.current();
            if (limit <= ts.depth()) {
                throw Errors.of(ExceptionTypes.RECURSION_ERROR, "cannot set the recursion limit to " + limit
                        + " at the recursion depth " + ts.depth() + ": the limit is too low");
            }
            ts.setRecursionLimit((int) Math.min(limit, Integer.MAX_VALUE));
            return PyNone.INSTANCE;
        });
        m.def("_getframe", (self, a, start, kw) -> {
            PyObject[] p = GETFRAME.bind(a, start, kw);
            long depth = p[0] == null ? 0 : Seq.index(p[0]).longValue();
            PyFrame f = ThreadState.current().frame();
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Errors.valueError("call stack is not deep enough");
            }
            return f;
        });
        m.def("exc_info", (self, a, start, kw) -> {
            noArgs("exc_info", a, start, kw);
            PyObject e = ThreadState.current().handled();
            if (e == null) {
                return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            }
            PyObject tb = ((PyBaseException) e).traceback;
            return PyTuple.of(e.type(), e, tb == null ? PyNone.INSTANCE : tb);
        });
        m.def("exception", (self, a, start, kw) -> {
            noArgs("exception", a, start, kw);
            PyObject e = ThreadState.current().handled();
            return e == null ? PyNone.INSTANCE : e;
        });
        m.def("displayhook", SysModule::displayhook);
        m.set("__displayhook__", m.instanceDict().getItem(PyStr.of("displayhook")));
        m.def("excepthook", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("excepthook", 3, 3).bind(a, start, kw);
            if (!(p[1] instanceof PyBaseException e)) {
                throw Errors.typeError("TypeError: print_exception(): Exception expected for value, "
                        + p[1].type().name() + " found");
            }
            TextStream.STDERR.write(org.taipan.vm.TracebackPrinter.format(e));
            return PyNone.INSTANCE;
        });
        m.set("__excepthook__", m.instanceDict().getItem(PyStr.of("excepthook")));
        m.def("intern", (self, s) -> {
            if (s.type() != PyStr.TYPE) {
                throw Errors.typeError("intern() argument must be str, not " + s.type().name());
            }
            return s;
        });
        m.def("getdefaultencoding", (self, a, start, kw) -> PyStr.of("utf-8"));
        m.def("getfilesystemencoding", (self, a, start, kw) -> PyStr.of("utf-8"));
        m.def("getsizeof", (self, a, start, kw) -> PyInt.of(64));
        return m;
    }

    private static PyType flagsType;
    private static String[] flagNames;

    /** Records the -O level in sys.flags.optimize. */
    public static void setOptimizeFlag(PyModule sys, int level) {
        StructSeq old = (StructSeq) sys.instanceDict().getItem(PyStr.of("flags"));
        PyObject[] values = old.values.toArray();
        values[3] = PyInt.of(level);
        sys.set("flags", StructSeq.of(flagsType, flagNames, values));
    }

    private static void noArgs(String name, PyObject[] a, int start, String[] kw) {
        if (a.length - start > 0) {
            throw Errors.typeError(name + "() takes no arguments (" + (a.length - start) + " given)");
        }
    }

    /** Writes to the process's standard error (after what stdout holds), for reports outside any program code. */
    public static void writeStderr(String s) {
        TextStream.STDERR.write(s);
    }

    /** An attribute of the running interpreter's sys module, or null. */
    public static PyObject attr(String name) {
        Interpreter interp = Interpreter.current();
        return interp == null ? null : interp.sysAttr(name);
    }

    /** sys.displayhook: prints repr(v) and keeps v as builtins._ (not for None). */
    private static PyObject displayhook(PyObject self, PyObject v) {
        if (v == PyNone.INSTANCE) {
            return PyNone.INSTANCE;
        }
        PyDict builtins = Interpreter.current().builtins.instanceDict();
        builtins.setItem(PyStr.of("_"), PyNone.INSTANCE);
        PyObject out = attr("stdout");
        if (out == null || out == PyNone.INSTANCE) {
            throw Errors.of(ExceptionTypes.RUNTIME_ERROR, "lost sys.stdout");
        }
        BuiltinsModule.writeTo(out, Abstract.repr(v).toString() + "\n");
        builtins.setItem(PyStr.of("_"), v);
        return PyNone.INSTANCE;
    }

    /** The console streams as sys.stdout/stderr/stdin: a small part of io.TextIOWrapper. */
    public static final class TextStream extends PyObject {
        public static final PyType TYPE = PyType.builtin("_io.TextIOWrapper", TextStream.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> PyStr.of("<_io.TextIOWrapper name='" + ((TextStream) self).name + "' mode='"
                    + ((TextStream) self).mode + "' encoding='utf-8'>");
            t.iter = self -> self;
            t.next = self -> {
                String line = Console.readLine();
                return line == null || line.isEmpty() ? null : PyStr.of(line);
            };
        }, t -> {
            t.method("write", (self, s) -> {
                if (!(s instanceof PyStr str)) {
                    throw Errors.typeError("write() argument must be str, not " + s.type().name());
                }
                ((TextStream) self).write(str.toString());
                return PyInt.of(str.length());
            });
            t.method("flush", self -> {
                ((TextStream) self).flush();
                return PyNone.INSTANCE;
            });
            t.method("readline", (self, a, start, kw) -> {
                String line = Console.readLine();
                return PyStr.of(line == null ? "" : line);
            });
            t.method("read", (self, a, start, kw) -> PyStr.of(Console.readAll()));
            t.method("readlines", (self, a, start, kw) -> {
                java.util.List<PyObject> lines = new java.util.ArrayList<>();
                for (String l = Console.readLine(); l != null; l = Console.readLine()) {
                    lines.add(PyStr.of(l));
                }
                return PyList.wrap(lines.toArray(new PyObject[0]));
            });
            t.method("writelines", (self, lines) -> {
                for (PyObject l : org.taipan.objects.Iter.toArray(lines)) {
                    if (!(l instanceof PyStr str)) {
                        throw Errors.typeError("write() argument must be str, not " + l.type().name());
                    }
                    ((TextStream) self).write(str.toString());
                }
                return PyNone.INSTANCE;
            });
            t.method("__enter__", self -> self);
            t.method("__exit__", (self, a, start, kw) -> PyNone.INSTANCE);
            t.method("isatty", self -> PyBool.FALSE);
            t.method("writable", self -> PyBool.of(((TextStream) self).fd != 0));
            t.method("readable", self -> PyBool.of(((TextStream) self).fd == 0));
            t.method("fileno", self -> PyInt.of(((TextStream) self).fd));
            org.taipan.objects.PyGetSetDescr.getter(t, "encoding", self -> PyStr.of("utf-8"));
            org.taipan.objects.PyGetSetDescr.getter(t, "errors", self -> PyStr.of(((TextStream) self).fd == 2
                    ? "backslashreplace" : "strict"));
            org.taipan.objects.PyGetSetDescr.getter(t, "name", self -> PyStr.of(((TextStream) self).name));
            org.taipan.objects.PyGetSetDescr.getter(t, "mode", self -> PyStr.of(((TextStream) self).mode));
            org.taipan.objects.PyGetSetDescr.getter(t, "closed", self -> PyBool.FALSE);
        });

        static final TextStream STDOUT = new TextStream(1, "<stdout>", "w");
        static final TextStream STDERR = new TextStream(2, "<stderr>", "w");
        static final TextStream STDIN = new TextStream(0, "<stdin>", "r");

        final int fd;
        final String name, mode;

        private TextStream(int fd, String name, String mode) {
            this.fd = fd;
            this.name = name;
            this.mode = mode;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        void write(String s) {
            try {
                if (fd == 2) {
                    Console.out().flush();
                    Console.err().write(s);
                    Console.err().flush();
                } else if (fd == 1) {
                    Console.out().write(s);
                    if (Console.unbuffered || Console.INTERACTIVE && s.indexOf('\n') >= 0) {
                        Console.out().flush();
                    }
                } else {
                    throw Errors.of(ExceptionTypes.OS_ERROR, "not writable");
                }
            } catch (IOException e) {
                throw Errors.of(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
            }
        }

        void flush() {
            try {
                (fd == 2 ? Console.err() : Console.out()).flush();
            } catch (IOException e) {
                throw Errors.of(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
            }
        }
    }
}
