package org.taipan.modules;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * File objects as {@code open()} returns them: text files ({@code _io.TextIOWrapper}, with
 * universal newlines) and binary ones ({@code _io.BufferedReader}/{@code BufferedWriter}/
 * {@code BufferedRandom}), over a RandomAccessFile. Text is decoded a whole remaining file at
 * a time when first read, which suits the files programs usually read; writes are buffered and
 * flushed on flush(), close() and at exit.
 */
final class PyFile extends PyObject {
    private static final ArgParser OPEN = ArgParser.clinic("open",
            "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None");
    private static final List<PyFile> OPEN_FILES = new ArrayList<>();

    static final PyType TEXT = type("_io.TextIOWrapper");
    static final PyType READER = type("_io.BufferedReader");
    static final PyType WRITER = type("_io.BufferedWriter");
    static final PyType RANDOM = type("_io.BufferedRandom");

    private static PyType type(String name) {
        return PyType.builtin(name, PyFile.class, PyType.OBJECT, 0, t -> {
            t.repr = self -> ((PyFile) self).repr();
            t.iter = self -> {
                ((PyFile) self).checkOpen();
                return self;
            };
            t.next = self -> {
                PyObject line = ((PyFile) self).readline(-1);
                return Abstract.length(line) == 0 ? null : line;
            };
        }, PyFile::methods);
    }

    private static void methods(PyType t) {
        t.method("read", (self, a, start, kw) -> ((PyFile) self).read(size(a, start, kw, "read")));
        t.method("readline", (self, a, start, kw) -> ((PyFile) self).readline(size(a, start, kw, "readline")));
        t.method("readlines", (self, a, start, kw) -> {
            PyFile f = (PyFile) self;
            List<PyObject> lines = new ArrayList<>();
            for (PyObject l = f.readline(-1); Abstract.length(l) > 0; l = f.readline(-1)) {
                lines.add(l);
            }
            return PyList.wrap(lines.toArray(new PyObject[0]));
        });
        t.method("write", (self, data) -> ((PyFile) self).write(data));
        t.method("writelines", (self, lines) -> {
            for (PyObject l : Iter.toArray(lines)) {
                ((PyFile) self).write(l);
            }
            return PyNone.INSTANCE;
        });
        t.method("flush", self -> {
            ((PyFile) self).checkOpen();
            ((PyFile) self).flush();
            return PyNone.INSTANCE;
        });
        t.method("close", self -> {
            ((PyFile) self).close();
            return PyNone.INSTANCE;
        });
        t.method("seek", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            return ((PyFile) self).seek(Seq.index(p[0]).longValue(), p[1] == null ? 0 : (int) Seq.index(p[1]).longValue());
        });
        t.method("tell", self -> PyInt.of(((PyFile) self).tell()));
        t.method("truncate", (self, a, start, kw) -> ((PyFile) self).truncate(a.length > start ? a[start] : null));
        t.method("fileno", self -> PyInt.of(3));
        t.method("isatty", self -> PyBool.FALSE);
        t.method("readable", self -> PyBool.of(((PyFile) self).checkOpen().readable));
        t.method("writable", self -> PyBool.of(((PyFile) self).checkOpen().writable));
        t.method("seekable", self -> PyBool.of(((PyFile) self).checkOpen() != null));
        t.method("__enter__", self -> ((PyFile) self).checkOpen());
        t.method("__exit__", (self, a, start, kw) -> {
            ((PyFile) self).close();
            return PyNone.INSTANCE;
        });
        t.method("__next__", self -> {
            PyObject line = ((PyFile) self).readline(-1);
            if (Abstract.length(line) == 0) {
                throw new PyException(new PyBaseException(ExceptionTypes.STOP_ITERATION, PyTuple.EMPTY));
            }
            return line;
        });
        PyGetSetDescr.getter(t, "name", self -> ((PyFile) self).name);
        PyGetSetDescr.getter(t, "mode", self -> PyStr.of(((PyFile) self).mode));
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(((PyFile) self).raf == null));
        if (t.name().equals("_io.TextIOWrapper")) {
            PyGetSetDescr.getter(t, "encoding", self -> PyStr.of(((PyFile) self).encodingName));
            PyGetSetDescr.getter(t, "errors", self -> PyStr.of(((PyFile) self).errors));
            PyGetSetDescr.getter(t, "newlines", self -> PyNone.INSTANCE);
        }
    }

    private final PyType type;
    private final PyObject name;
    private final String mode;
    private final boolean binary, readable, writable, append;
    private final String encoding, encodingName, errors;
    /** null: universal newlines; "": no translation; else the line ending written for "\n". */
    private final String newline;
    private RandomAccessFile raf;
    /** Bytes written but not yet in the file. */
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();
    /** Text mode: the decoded rest of the file from {@link #textStart}, and how far it has been read. */
    private String text;
    private int textPos;
    private long textStart;
    /** Binary mode: a read buffer at {@link #bufStart} in the file. */
    private byte[] buf;
    private int bufPos;

    private PyFile(PyType type, PyObject name, String mode, boolean binary, boolean readable, boolean writable,
                   boolean append, String encoding, String errors, String newline, RandomAccessFile raf) {
        this.type = type;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
        this.append = append;
        this.encodingName = encoding;
        this.encoding = encoding.toLowerCase().replace('_', '-');
        this.errors = errors;
        this.newline = newline;
        this.raf = raf;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The {@code open()} builtin. */
    static PyObject open(PyObject self, PyObject[] args, int start, String[] kw) {
        PyObject[] p = OPEN.bind(args, start, kw);
        PyObject file = p[0];
        if (!(file instanceof PyStr)) {
            if (file instanceof PyInt) {
                throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "open() of a file descriptor is not supported yet");
            }
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + file.type().name());
        }
        String mode = p[1] == null ? "r" : strArg(p[1], "mode");
        boolean r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
        for (char c : mode.toCharArray()) {
            int before = (r ? 1 : 0) + (w ? 2 : 0) + (a ? 4 : 0) + (x ? 8 : 0) + (plus ? 16 : 0) + (b ? 32 : 0) + (t ? 64 : 0);
            switch (c) {
                case 'r' -> r = true;
                case 'w' -> w = true;
                case 'a' -> a = true;
                case 'x' -> x = true;
                case '+' -> plus = true;
                case 'b' -> b = true;
                case 't' -> t = true;
                default -> throw Errors.valueError("invalid mode: '" + mode + "'");
            }
            int after = (r ? 1 : 0) + (w ? 2 : 0) + (a ? 4 : 0) + (x ? 8 : 0) + (plus ? 16 : 0) + (b ? 32 : 0) + (t ? 64 : 0);
            if (after == before) {
                throw Errors.valueError("invalid mode: '" + mode + "'");
            }
        }
        int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
        if (b && t) {
            throw Errors.valueError("can't have text and binary mode at once");
        }
        if (kinds != 1) {
            throw Errors.valueError(plus || kinds == 0 && mode.isEmpty()
                    ? "Must have exactly one of create/read/write/append mode and at most one plus"
                    : "must have exactly one of create/read/write/append mode");
        }
        if (b && p[3] != null && p[3] != PyNone.INSTANCE) {
            throw Errors.valueError("binary mode doesn't take an encoding argument");
        }
        if (b && p[4] != null && p[4] != PyNone.INSTANCE) {
            throw Errors.valueError("binary mode doesn't take an errors argument");
        }
        if (b && p[5] != null && p[5] != PyNone.INSTANCE) {
            throw Errors.valueError("binary mode doesn't take a newline argument");
        }
        String encoding = p[3] == null || p[3] == PyNone.INSTANCE ? "UTF-8" : strArg(p[3], "encoding");
        String errors = p[4] == null || p[4] == PyNone.INSTANCE ? "strict" : strArg(p[4], "errors");
        String newline = p[5] == null || p[5] == PyNone.INSTANCE ? null : strArg(p[5], "newline");
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + newline);
        }
        String path = file.toString();
        Path fp = Path.of(path);
        RandomAccessFile raf;
        try {
            if (Files.isDirectory(fp)) {
                throw osError(21, "Is a directory", file);
            }
            if (x && Files.exists(fp)) {
                throw osError(17, "File exists", file);
            }
            if (r && !Files.exists(fp)) {
                throw osError(2, "No such file or directory", file);
            }
            if (!r && fp.toAbsolutePath().getParent() != null && !Files.isDirectory(fp.toAbsolutePath().getParent())) {
                throw osError(2, "No such file or directory", file);
            }
            raf = new RandomAccessFile(fp.toFile(), r && !plus ? "r" : "rw");
            if (w) {
                raf.setLength(0);
            }
            if (a) {
                raf.seek(raf.length());
            }
        } catch (NoSuchFileException e) {
            throw osError(2, "No such file or directory", file);
        } catch (AccessDeniedException | SecurityException e) {
            throw osError(13, "Permission denied", file);
        } catch (FileAlreadyExistsException e) {
            throw osError(17, "File exists", file);
        } catch (IOException e) {
            throw osError(Files.exists(fp) ? 13 : 2, Files.exists(fp) ? "Permission denied"
                    : "No such file or directory", file);
        }
        String shown = mode.replace("t", "");
        PyType type = !b ? TEXT : plus ? RANDOM : r ? READER : WRITER;
        PyFile f = new PyFile(type, file, b ? mode : shown, b, r || plus, !r || plus, a, encoding, errors,
                newline, raf);
        synchronized (OPEN_FILES) {
            OPEN_FILES.add(f);
        }
        return f;
    }

    private static String strArg(PyObject v, String what) {
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("open() argument '" + what + "' must be str or None, not " + v.type().name());
        }
        return s.toString();
    }

    private static PyException osError(int errno, String msg, PyObject file) {
        PyObject e = Abstract.call(ExceptionTypes.OS_ERROR, new PyObject[] {PyInt.of(errno), PyStr.of(msg), file}, null);
        return new PyException((PyBaseException) e);
    }

    private static long size(PyObject[] a, int start, String[] kw, String what) {
        PyObject[] p = ArgParser.unpack(what, 0, 1).bind(a, start, kw);
        if (p[0] == null || p[0] == PyNone.INSTANCE) {
            return -1;
        }
        return Seq.index(p[0]).longValue();
    }

    /** Flushes every file still open: CPython does it as it finalises them at exit. */
    static void flushAll() {
        synchronized (OPEN_FILES) {
            for (PyFile f : OPEN_FILES.toArray(new PyFile[0])) {
                try {
                    f.flush();
                } catch (PyException ignored) {
                    // Nothing can be reported at exit.
                }
            }
        }
    }

    private PyObject repr() {
        String n = "name=" + Abstract.repr(name);
        if (type == TEXT) {
            return PyStr.of("<_io.TextIOWrapper " + n + " mode='" + mode + "' encoding='" + encodingName + "'>");
        }
        return PyStr.of("<" + type.name() + " " + n + ">");
    }

    private PyFile checkOpen() {
        if (raf == null) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return this;
    }

    private PyException unsupported(String what) {
        return Errors.of(ExceptionTypes.unsupportedOperation(), what);
    }

    private PyException io(IOException e) {
        return Errors.of(ExceptionTypes.OS_ERROR, String.valueOf(e.getMessage()));
    }

    // ---- positions: the file pointer, pending writes, and what has been read ahead

    /** Puts the file pointer at the logical position, dropping read-ahead, writing pending bytes. */
    private void sync() {
        try {
            long pos = tell();
            flush();
            text = null;
            buf = null;
            raf.seek(pos);
        } catch (IOException e) {
            throw io(e);
        }
    }

    private long tell() {
        checkOpen();
        try {
            if (text != null) {
                return textStart + encode(text.substring(0, textPos)).length;
            }
            if (buf != null) {
                return raf.getFilePointer() - (buf.length - bufPos);
            }
            return raf.getFilePointer() + pending.size();
        } catch (IOException e) {
            throw io(e);
        }
    }

    private PyObject seek(long offset, int whence) {
        checkOpen();
        try {
            flush();
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> {
                    if (!binary && offset != 0) {
                        throw unsupported("can't do nonzero cur-relative seeks");
                    }
                    yield tell();
                }
                case 2 -> {
                    if (!binary && offset != 0) {
                        throw unsupported("can't do nonzero end-relative seeks");
                    }
                    yield raf.length();
                }
                default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            if (base + offset < 0) {
                throw Errors.valueError("negative seek position " + (base + offset));
            }
            text = null;
            buf = null;
            raf.seek(base + offset);
            return PyInt.of(base + offset);
        } catch (IOException e) {
            throw io(e);
        }
    }

    private PyObject truncate(PyObject size) {
        checkOpen();
        if (!writable) {
            throw unsupported("File not open for writing");
        }
        sync();
        try {
            long n = size == null || size == PyNone.INSTANCE ? raf.getFilePointer() : Seq.index(size).longValue();
            raf.setLength(n);
            return PyInt.of(n);
        } catch (IOException e) {
            throw io(e);
        }
    }

    private void flush() {
        if (raf == null || pending.size() == 0) {
            return;
        }
        try {
            if (append) {
                raf.seek(raf.length());
            }
            raf.write(pending.toByteArray());
            pending.reset();
        } catch (IOException e) {
            throw io(e);
        }
    }

    private void close() {
        if (raf == null) {
            return;
        }
        try {
            flush();
            raf.close();
        } catch (IOException e) {
            throw io(e);
        } finally {
            raf = null;
            synchronized (OPEN_FILES) {
                OPEN_FILES.remove(this);
            }
        }
    }

    // ---- reading

    private byte[] encode(String s) {
        PyObject m = PyStr.TYPE.lookup("encode");
        if (m == null) {
            return s.getBytes(java.nio.charset.Charset.forName(encoding));
        }
        PyObject b = Abstract.callBound(m, PyStr.of(s), PyStr.of(encoding), PyStr.of(errors));
        return ((PyBytes) b).toByteArray();
    }

    private byte[] readRest() throws IOException {
        flush();
        long n = raf.length() - raf.getFilePointer();
        byte[] data = new byte[(int) Math.max(0, n)];
        raf.readFully(data);
        return data;
    }

    private void loadText() throws IOException {
        if (text == null) {
            textStart = raf.getFilePointer() + pending.size();
            byte[] data = readRest();
            PyObject decoded = Abstract.callBound(PyBytes.TYPE.lookup("decode"), new PyBytes(data),
                    PyStr.of(encoding), PyStr.of(errors));
            text = decoded.toString();
            textPos = 0;
        }
    }

    private void loadBuffer() throws IOException {
        if (buf == null || bufPos >= buf.length) {
            flush();
            byte[] chunk = new byte[8192];
            int n = raf.read(chunk);
            buf = n <= 0 ? new byte[0] : java.util.Arrays.copyOf(chunk, n);
            bufPos = 0;
        }
    }

    private PyObject read(long size) {
        checkOpen();
        if (!readable) {
            throw unsupported("not readable");
        }
        try {
            if (binary) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                while (size < 0 || out.size() < size) {
                    loadBuffer();
                    if (buf.length == 0) {
                        break;
                    }
                    int take = (int) Math.min(buf.length - bufPos, size < 0 ? Integer.MAX_VALUE : size - out.size());
                    out.write(buf, bufPos, take);
                    bufPos += take;
                }
                return new PyBytes(out.toByteArray());
            }
            loadText();
            StringBuilder sb = new StringBuilder();
            while ((size < 0 || sb.codePointCount(0, sb.length()) < size) && textPos < text.length()) {
                appendChar(sb);
            }
            return PyStr.of(sb.toString());
        } catch (IOException e) {
            throw io(e);
        }
    }

    /** Appends the next character of the text, with the newline translation of the mode. */
    private void appendChar(StringBuilder sb) {
        char c = text.charAt(textPos++);
        if (c == '\r' && newline == null) {
            if (textPos < text.length() && text.charAt(textPos) == '\n') {
                textPos++;
            }
            sb.append('\n');
            return;
        }
        sb.append(c);
        if (Character.isHighSurrogate(c) && textPos < text.length() && Character.isLowSurrogate(text.charAt(textPos))) {
            sb.append(text.charAt(textPos++));
        }
    }

    private PyObject readline(long limit) {
        checkOpen();
        if (!readable) {
            throw unsupported("not readable");
        }
        try {
            if (binary) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                while (limit < 0 || out.size() < limit) {
                    loadBuffer();
                    if (buf.length == 0) {
                        break;
                    }
                    byte b = buf[bufPos++];
                    out.write(b);
                    if (b == '\n') {
                        break;
                    }
                }
                return new PyBytes(out.toByteArray());
            }
            loadText();
            StringBuilder sb = new StringBuilder();
            int count = 0;
            while (textPos < text.length() && (limit < 0 || count < limit)) {
                int before = sb.length();
                appendChar(sb);
                count++;
                char last = sb.charAt(sb.length() - 1);
                if (last == '\n' || (newline != null && !newline.equals("\n") && last == '\r'
                        && !(newline.equals("\r\n") && textPos < text.length() && text.charAt(textPos) == '\n'))) {
                    if (newline != null && newline.isEmpty() && last == '\r' && textPos < text.length()
                            && text.charAt(textPos) == '\n') {
                        sb.append(text.charAt(textPos++));
                    }
                    break;
                }
                if (newline != null && newline.isEmpty() && last == '\r') {
                    break;
                }
                if (before == sb.length()) {
                    break;
                }
            }
            return PyStr.of(sb.toString());
        } catch (IOException e) {
            throw io(e);
        }
    }

    // ---- writing

    private PyObject write(PyObject data) {
        checkOpen();
        if (!writable) {
            throw unsupported("not writable");
        }
        if (text != null || buf != null) {
            sync();
        }
        if (binary) {
            byte[] bytes;
            if (data instanceof PyBytes b) {
                bytes = b.toByteArray();
            } else if (data instanceof PyByteArray ba) {
                bytes = ba.toByteArray();
            } else {
                throw Errors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
            }
            pending.writeBytes(bytes);
            if (pending.size() > 65536) {
                flush();
            }
            return PyInt.of(bytes.length);
        }
        if (!(data instanceof PyStr s)) {
            throw Errors.typeError("write() argument must be str, not " + data.type().name());
        }
        String str = s.toString();
        if (newline != null && !newline.isEmpty() && !newline.equals("\n")) {
            str = str.replace("\n", newline);
        }
        pending.writeBytes(encode(str));
        if (pending.size() > 65536) {
            flush();
        }
        return PyInt.of(s.length());
    }
}
