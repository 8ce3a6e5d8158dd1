package org.taipan.modules;

import java.nio.file.Path;
import java.util.List;
import org.taipan.modules.io.IoModule;
import org.taipan.modules.io.TextIO;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyFrozenSet;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;
import org.taipan.vm.Interpreter;
import org.taipan.vm.PyFrame;
import org.taipan.vm.ThreadState;
import org.taipan.vm.Tracing;

/**
 * The {@code sys} module: the interpreter's state as Python sees it (argv, path, modules, the
 * standard streams, hooks) and the functions that reach into the running thread (frames,
 * exceptions, recursion limit, tracing). Descriptive constants are in {@link SysInfo}.
 */
public final class SysModule {
    private SysModule() {}

    private static final ArgParser EXIT = ArgParser.unpack("exit", 0, 1);
    private static final ArgParser GETFRAME = ArgParser.unpack("_getframe", 0, 1);
    private static final ArgParser GETSIZEOF = ArgParser.unpack("getsizeof", 1, 2);
    private static final ArgParser MAX_DIGITS = ArgParser.clinic("set_int_max_str_digits", "maxdigits");

    public static PyModule create(Interpreter interp, List<String> argv) {
        PyModule m = new PyModule("sys", new PyDict());
        m.builtin = true;
        PyObject[] args = new PyObject[argv.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = PyStr.of(argv.get(i));
        }
        m.set("argv", PyList.wrap(args));
        org.taipan.vm.Config config = interp.config;
        List<String> orig = config.origArgv.isEmpty() ? argv : config.origArgv;
        m.set("orig_argv", PyList.wrap(orig.stream().map(PyStr::of).toArray(PyObject[]::new)));
        List<PyObject> path = new java.util.ArrayList<>();
        if (config.path0 != null) {
            path.add(PyStr.of(config.path0));
        }
        for (String p : config.pythonPath) {
            path.add(PyStr.of(p));
        }
        path.add(PyStr.of(org.taipan.vm.Imports.STDLIB));
        m.set("path", PyList.wrap(path.toArray(new PyObject[0])));
        m.set("warnoptions", PyList.wrap(config.warnOptions.stream().map(PyStr::of).toArray(PyObject[]::new)));
        PyDict xoptions = new PyDict();
        config.xOptions.forEach((k, v) -> xoptions.setItem(PyStr.of(k), v == null ? PyBool.TRUE : PyStr.of(v)));
        m.set("_xoptions", xoptions);
        m.set("modules", interp.modules);
        String[] builtinNames = Interpreter.BUILTIN_MODULE_NAMES;
        PyObject[] names = new PyObject[builtinNames.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(builtinNames[i]);
        }
        m.set("builtin_module_names", PyTuple.of(names));
        m.set("stdlib_module_names", stdlibNames());
        SysInfo.define(m);
        m.set("flags", SysInfo.flags(config, config.optimize));
        m.set("executable", PyStr.of(executable()));
        m.set("_base_executable", PyStr.of(executable()));
        for (String p : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            m.set(p, PyStr.of(prefix()));
        }
        m.set("dont_write_bytecode", PyBool.of(config.dontWriteBytecode));
        TextIO[] std = IoModule.stdStreams(config.unbuffered);
        String[] streams = {"stdin", "stdout", "stderr"};
        for (int i = 0; i < 3; i++) {
            m.set(streams[i], std[i]);
            m.set("__" + streams[i] + "__", std[i]);
        }
        org.taipan.objects.PyInt.maxStrDigits = config.intMaxStrDigits >= 0 ? config.intMaxStrDigits : 4300;
        defineFunctions(m);
        SysHooks.define(m);
        m.def("breakpointhook", SiteBuiltins::breakpointHook);
        m.set("__breakpointhook__", m.instanceDict().getItem(PyStr.of("breakpointhook")));
        return m;
    }

    /** The command that runs Taipan: the launcher when it says so (taipan.executable), else the JVM. */
    private static String executable() {
        String launcher = System.getProperty("taipan.executable");
        return launcher != null ? launcher : System.getProperty("java.home", "") + "/bin/java";
    }

    /** Where Taipan is installed: the directory above the jar's (the checkout, for target/taipan.jar). */
    private static String prefix() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar") || cp.contains(java.io.File.pathSeparator)) {
            return "";
        }
        Path dir = Path.of(cp).toAbsolutePath().normalize().getParent();
        Path up = dir == null ? null : dir.getParent();
        return up == null ? "" : up.toString();
    }

    /** The names of the standard library's modules, as CPython 3.11 lists them. */
    private static PyObject stdlibNames() {
        String[] names = STDLIB_NAMES.split(" ");
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.of(names[i]);
        }
        return PyFrozenSet.of(items);
    }

    private static void defineFunctions(PyModule m) {
        m.def("exit", (self, a, start, kw) -> {
            PyObject[] p = EXIT.bind(a, start, kw);
            // As PyErr_SetObject does: no value means no args, a tuple is the args itself.
            PyTuple excArgs = p[0] == null || p[0] == PyNone.INSTANCE ? PyTuple.EMPTY
                    : p[0] instanceof PyTuple t ? t : PyTuple.of(p[0]);
            throw new PyException(new PyBaseException(ExceptionTypes.SYSTEM_EXIT, excArgs));
        });
        m.def("getrecursionlimit", self -> {
            return PyInt.of(ThreadState.current().recursionLimit());
        });
        m.def("setrecursionlimit", (self, n) -> {
            if (n instanceof PyFloat) {
                throw Errors.typeError("'float' object cannot be interpreted as an integer");
            }
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
        m.def("_current_frames", self -> {
            // Each thread's innermost frame, by ident (the others are parked waiting for the GIL).
            PyDict d = new PyDict();
            for (ThreadState ts : ThreadState.threads()) {
                if (ts.frame() != null) {
                    d.setItem(PyInt.of(ts.ident), ts.frame());
                }
            }
            return d;
        });
        m.def("exc_info", self -> {
            PyObject e = ThreadState.current().handled();
            if (e == null) {
                return PyTuple.of(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
            }
            PyObject tb = ((PyBaseException) e).traceback;
            return PyTuple.of(e.type(), e, tb == null ? PyNone.INSTANCE : tb);
        });
        m.def("exception", self -> {
            PyObject e = ThreadState.current().handled();
            return e == null ? PyNone.INSTANCE : e;
        });
        m.def("intern", (self, s) -> {
            if (s.type() != PyStr.TYPE) {
                throw Errors.typeError("intern() argument must be str, not " + s.type().name());
            }
            return Interpreter.current().intern((PyStr) s);
        });
        m.def("getdefaultencoding", self -> PyStr.of("utf-8"));
        m.def("getfilesystemencoding", self -> PyStr.of("utf-8"));
        m.def("getfilesystemencodeerrors", self -> PyStr.of("surrogateescape"));
        m.def("getsizeof", (self, a, start, kw) -> {
            int given = a.length - start;
            if (given > 2) {
                throw Errors.typeError("getsizeof() takes at most 2 arguments (" + given + " given)");
            }
            PyObject[] p = GETSIZEOF.bind(a, start, kw);
            return SizeOf.getsizeof(p[0], p[1]);
        });
        m.def("settrace", (self, f) -> {
            Tracing.setTrace(f == PyNone.INSTANCE ? null : f);
            return PyNone.INSTANCE;
        });
        m.def("setprofile", (self, f) -> {
            Tracing.setProfile(f == PyNone.INSTANCE ? null : f);
            return PyNone.INSTANCE;
        });
        m.def("gettrace", self -> orNone(ThreadState.current().traceFunction()));
        m.def("getprofile", self -> orNone(ThreadState.current().profileFunction()));
        m.def("call_tracing", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("call_tracing", 2, 2).bind(a, start, kw);
            if (!(p[1] instanceof PyTuple t)) {
                throw Errors.typeError("call_tracing() argument 2 must be tuple, not " + p[1].type().name());
            }
            return Abstract.call(p[0], t.toArray(), null);
        });
        m.def("getswitchinterval", self -> PyFloat.of(Interpreter.current().switchInterval));
        m.def("setswitchinterval", (self, v) -> {
            double d = ((PyFloat) Abstract.call(PyFloat.TYPE, new PyObject[] {v}, null)).value();
            if (!(d > 0)) {
                throw Errors.valueError("switch interval must be strictly positive");
            }
            Interpreter.current().switchInterval = d;
            return PyNone.INSTANCE;
        });
        m.def("get_int_max_str_digits", self -> PyInt.of(org.taipan.objects.PyInt.maxStrDigits));
        m.def("set_int_max_str_digits", (self, a, start, kw) -> {
            org.taipan.objects.PyInt v = Seq.index(MAX_DIGITS.bind(a, start, kw)[0]);
            if (!v.isLong() || v.longValue() != (int) v.longValue()) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            long n = v.longValue();
            if (n != 0 && n < 640) {
                throw Errors.valueError("maxdigits must be 0 or larger than 640");
            }
            org.taipan.objects.PyInt.maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
            return PyNone.INSTANCE;
        });
        m.def("is_finalizing", self -> PyBool.of(Interpreter.current().finalizing));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.INSTANCE : o;
    }

    /** Records the -O level in sys.flags.optimize. */
    public static void setOptimizeFlag(PyModule sys, int level) {
        sys.set("flags", SysInfo.flags(Interpreter.current().config, level));
    }

    /** Writes to sys.stderr (or the process's standard error), for reports outside any program code. */
    public static void writeStderr(String s) {
        PyObject err = attr("stderr");
        if (err != null && err != PyNone.INSTANCE) {
            try {
                BuiltinsModule.writeTo(err, s);
                IoModuleAccess.flush(err);
                return;
            } catch (PyException ignored) {
                // A broken sys.stderr: fall back to the process's own.
            }
        }
        try {
            Console.err().write(s);
            Console.err().flush();
        } catch (java.io.IOException ignored) {
            // Nowhere left to write.
        }
    }

    /** An attribute of the running interpreter's sys module, or null. */
    public static PyObject attr(String name) {
        Interpreter interp = Interpreter.current();
        return interp == null ? null : interp.sysAttr(name);
    }

    /** Flushing a file object that may be ours or written in Python. */
    static final class IoModuleAccess {
        private IoModuleAccess() {}

        static void flush(PyObject f) {
            if (f instanceof TextIO t) {
                t.flush();
            } else {
                PyObject fl = Abstract.lookupAttr(f, PyStr.of("flush"));
                if (fl != null) {
                    Abstract.call(fl, new PyObject[0], null);
                }
            }
        }
    }

    private static final String STDLIB_NAMES = "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 "
            + "_bootsubprocess _bz2 _codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw "
            + "_collections _collections_abc _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses "
            + "_curses_panel _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external "
            + "_functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi "
            + "_multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle _posixshmem "
            + "_posixsubprocess _py_abc _pydecimal _pyio _queue _random _scproxy _sha1 _sha256 _sha3 _sha512 "
            + "_signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string _strptime _struct "
            + "_symtable _thread _threading_local _tkinter _tokenize _tracemalloc _typing _uuid _warnings "
            + "_weakref _weakrefset _winapi _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio "
            + "asyncore atexit audioop base64 bdb binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk "
            + "cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib "
            + "contextvars copy copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis "
            + "distutils doctest email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput "
            + "fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip "
            + "hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ipaddress itertools "
            + "json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap "
            + "modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers opcode "
            + "operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib "
            + "poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat "
            + "queue quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors "
            + "shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile "
            + "sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys "
            + "sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit "
            + "tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing "
            + "unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref "
            + "xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo";
}
