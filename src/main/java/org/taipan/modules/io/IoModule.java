package org.taipan.modules.io;

import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * The {@code io} module (also importable as {@code _io}) and {@code open()}: raw files
 * ({@link FileIO}), the buffered layer ({@link Buffered}), text ({@link TextIO}) and the
 * in-memory streams ({@link StringIO}, {@link BytesIO}), layered as in CPython.
 */
public final class IoModule {
    private IoModule() {}

    public static final int DEFAULT_BUFFER_SIZE = 8192;
    private static final ArgParser OPEN = ArgParser.clinic("open",
            "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None");

    public static PyModule create(String name) {
        PyModule m = new PyModule(name, new PyDict());
        m.builtin = true;
        m.set("DEFAULT_BUFFER_SIZE", PyInt.of(DEFAULT_BUFFER_SIZE));
        m.set("SEEK_SET", PyInt.of(0));
        m.set("SEEK_CUR", PyInt.of(1));
        m.set("SEEK_END", PyInt.of(2));
        m.def("open", IoModule::open);
        m.def("open_code", (self, path) -> open(self, new PyObject[] {path, PyStr.of("rb")}, 0, null));
        m.def("text_encoding", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("text_encoding", 1, 2).bind(a, start, kw);
            // Taipan's locale encoding is always UTF-8 (see TextIO), but the name is CPython's
            return p[0] != PyNone.INSTANCE ? p[0]
                    : PyStr.of(org.taipan.vm.Interpreter.current().config.utf8Mode ? "utf-8" : "locale");
        });
        m.set("UnsupportedOperation", ExceptionTypes.unsupportedOperation());
        m.set("BlockingIOError", builtin("BlockingIOError"));
        boolean underscore = name.equals("_io");
        m.set(underscore ? "_IOBase" : "IOBase", IoBase.IOBASE);
        m.set(underscore ? "_RawIOBase" : "RawIOBase", IoBase.RAW);
        m.set(underscore ? "_BufferedIOBase" : "BufferedIOBase", IoBase.BUFFERED);
        m.set(underscore ? "_TextIOBase" : "TextIOBase", IoBase.TEXT);
        m.set("FileIO", FileIO.TYPE);
        m.set("BufferedReader", Buffered.READER);
        m.set("BufferedWriter", Buffered.WRITER);
        m.set("BufferedRandom", Buffered.RANDOM);
        m.set("TextIOWrapper", TextIO.TYPE);
        m.set("StringIO", StringIO.TYPE);
        m.set("BytesIO", BytesIO.TYPE);
        return m;
    }

    private static PyObject builtin(String name) {
        PyObject b = org.taipan.vm.Interpreter.current().builtins.instanceDict().getItem(PyStr.of(name));
        return b == null ? ExceptionTypes.OS_ERROR : b;
    }

    /** {@code open()}: the builtin and {@code io.open}. */
    public static PyObject open(PyObject self, PyObject[] args, int start, String[] kw) {
        PyObject[] p = OPEN.bind(args, start, kw);
        PyObject file = p[0];
        String mode = p[1] == null ? "r" : strArg(p[1], "open", "mode", false);
        int buffering = p[2] == null ? -1 : (int) Seq.index(p[2]).longValue();
        PyObject encoding = noneToNull(p[3]), errors = noneToNull(p[4]), newline = noneToNull(p[5]);
        boolean closefd = p[6] == null || Abstract.isTrue(p[6]);
        if (encoding != null) {
            strArg(encoding, "open", "encoding");
        }
        if (errors != null) {
            strArg(errors, "open", "errors");
        }
        if (!(file instanceof PyStr || file instanceof PyBytes || file instanceof PyInt)) {
            fsPath(file);
        }
        boolean r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
        for (char c : mode.toCharArray()) {
            boolean dup = switch (c) {
                case 'r' -> r | !(r = true);
                case 'w' -> w | !(w = true);
                case 'a' -> a | !(a = true);
                case 'x' -> x | !(x = true);
                case '+' -> plus | !(plus = true);
                case 'b' -> b | !(b = true);
                case 't' -> t | !(t = true);
                default -> true;
            };
            if (dup) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (b && t) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if (kinds > 1) {
            throw Errors.valueError("must have exactly one of create/read/write/append mode");
        }
        if (b && encoding != null) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (b && errors != null) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (b && newline != null) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        if (!b && buffering == 0) {
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        if (newline != null) {
            TextIO.newlineArg(newline);
        }
        String rawMode = (r ? "r" : "") + (w ? "w" : "") + (a ? "a" : "") + (x ? "x" : "") + (plus ? "+" : "");
        FileIO raw = FileIO.open(file, rawMode, closefd, p[7]);
        try {
            boolean lineBuffering = buffering == 1 || buffering < 0 && raw.isTty();
            if (buffering == 0) {
                return raw;
            }
            int size = buffering > 1 ? buffering : DEFAULT_BUFFER_SIZE;
            PyType type = plus ? Buffered.RANDOM : r ? Buffered.READER : Buffered.WRITER;
            Buffered buffer = new Buffered(type, raw, size);
            if (b) {
                return buffer;
            }
            TextIO text = new TextIO(buffer, encoding, errors, newline, lineBuffering, false);
            text.instanceDict().setItem(PyStr.of("mode"), PyStr.of(mode));
            return text;
        } catch (RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static PyObject noneToNull(PyObject v) {
        return v == null || v == PyNone.INSTANCE ? null : v;
    }

    static String strArg(PyObject v, String fn, String what) {
        return strArg(v, fn, what, true);
    }

    static String strArg(PyObject v, String fn, String what, boolean orNone) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError(fn + "() argument '" + what + "' must be str" + (orNone ? " or None" : "")
                    + ", not " + v.type().name());
        }
        return s.toString();
    }

    /** os.fspath for a file name: str, bytes (decoded) or an object with {@code __fspath__}. */
    static String fsPath(PyObject file) {
        if (file instanceof PyStr s) {
            return s.toString();
        }
        if (file instanceof PyBytes b) {
            return new String(b.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        PyObject fspath = file.type().lookup("__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.callBound(fspath, file);
            if (r instanceof PyStr || r instanceof PyBytes) {
                return fsPath(r);
            }
            throw Errors.typeError("expected " + file.type().name() + ".__fspath__() to return str or bytes, not "
                    + r.type().name());
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
    }

    /**
     * The standard streams of a new interpreter, layered as CPython's: stdin and stdout are
     * line-buffered on a terminal, stderr always; with -u the binary layer is unbuffered.
     */
    public static TextIO[] stdStreams() {
        return stdStreams(false);
    }

    /** As above; {@code unbuffered} is -u (PYTHONUNBUFFERED counts too). */
    public static TextIO[] stdStreams(boolean unbuffered) {
        String errors = cLocale() ? "surrogateescape" : "strict";
        boolean u = unbuffered || Console.unbuffered;
        TextIO in = stdStream(0, "<stdin>", "r", errors, false, u);
        TextIO out = stdStream(1, "<stdout>", "w", errors, Console.INTERACTIVE, u);
        TextIO err = stdStream(2, "<stderr>", "w", "backslashreplace", true, u);
        current = new TextIO[] {in, out, err};
        return current;
    }

    private static TextIO[] current;

    /**
     * Whether the locale is C, POSIX or C.UTF-8 (or unset), where CPython 3.11 gives stdin and
     * stdout the surrogateescape error handler.
     */
    private static boolean cLocale() {
        String loc = null;
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                loc = v;
                break;
            }
        }
        return loc == null || loc.equals("C") || loc.equals("POSIX") || loc.startsWith("C.");
    }

    private static TextIO stdStream(int fd, String name, String mode, String errors, boolean lineBuffering,
                                    boolean u) {
        FileIO raw = FileIO.std(fd, name);
        boolean unbuffered = fd != 0 && u;
        PyObject buffer = unbuffered ? raw : new Buffered(fd == 0 ? Buffered.READER : Buffered.WRITER, raw,
                DEFAULT_BUFFER_SIZE);
        TextIO t = new TextIO(buffer, PyStr.of("utf-8"), PyStr.of(errors), null, lineBuffering, unbuffered);
        t.instanceDict().setItem(PyStr.of("mode"), PyStr.of(mode));
        return t;
    }

    /** Flushes the interpreter's own standard output and error (not replacements in sys). */
    public static void flushStd() {
        TextIO[] s = current;
        if (s != null) {
            for (int i = 1; i < 3; i++) {
                try {
                    if (!s[i].isClosedQuietly()) {
                        s[i].flush();
                    }
                } catch (org.taipan.objects.PyException ignored) {
                    // A standard stream that cannot be flushed has nowhere to report it.
                }
            }
        }
    }

    /** A line of the interpreter's standard input, with its newline; null at the end. */
    public static String readStdinLine() {
        TextIO[] s = current;
        if (s == null) {
            stdStreams();
            s = current;
        }
        flushStd();
        String line = s[0].readline(-1);
        return line.isEmpty() ? null : line;
    }

    /** The rest of the interpreter's standard input. */
    public static String readStdinAll() {
        flushStd();
        return current[0].read(-1);
    }
}
