package org.taipan.modules.io;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** {@code io.StringIO}: text in memory. Positions count code points, as in CPython. */
public final class StringIO extends org.taipan.objects.SubclassableObject {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", StringIO.class, IoBase.TEXT, PyType.BASETYPE, t -> {
        t.repr = self -> PyStr.of("<_io.StringIO object at " + org.taipan.objects.Ids.address(self) + ">");
        t.iter = self -> {
            ((StringIO) self).checkOpen();
            return self;
        };
        t.next = self -> {
            String line = ((StringIO) self).readline(-1);
            return line.isEmpty() ? null : PyStr.of(line);
        };
        // As in CPython, __new__ makes an empty object and __init__ reads the arguments, so a
        // subclass may take arguments of its own.
        t.tpNew = (type, args, kw) -> new StringIO("\n").adopt(type);
        t.init = (self, args, kw) -> {
            PyObject[] p = StringIO.NEW.bind(args, 0, kw);
            StringIO s = (StringIO) self;
            s.newline = p[1] == null ? "\n" : TextIO.newlineArg(p[1], true);
            s.buf.setLength(0);
            s.pos = 0;
            if (p[0] != null && p[0] != PyNone.INSTANCE) {
                if (!(p[0] instanceof PyStr init)) {
                    throw Errors.typeError("initial_value must be str or None, not " + p[0].type().name());
                }
                s.write(init.toString());
                s.pos = 0;
            }
        };
    }, StringIO::methods);

    private static final ArgParser NEW = ArgParser.clinic("StringIO", "initial_value='', newline='\\n'");

    private final StringBuilder buf = new StringBuilder();
    /** Position in chars of {@link #buf} (never inside a surrogate pair); may lie past the end. */
    private int pos;
    private String newline;
    private boolean closed;
    private PyDict dict;

    private StringIO(String newline) {
        super(TYPE);
        this.newline = newline;
    }

    @Override
    public PyDict instanceDict() {
        PyDict own = super.instanceDict();
        if (own != null) {
            return own;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    /** Writes at the position, overwriting, padding with NULs past the end. */
    int write(String s) {
        checkOpen();
        int n = s.codePointCount(0, s.length());
        String text = s;
        if (newline == null) {
            if (text.indexOf('\r') >= 0) {
                text = text.replace("\r\n", "\n").replace('\r', '\n');
            }
        } else if (!newline.isEmpty() && !newline.equals("\n")) {
            text = text.replace("\n", newline);
        }
        while (buf.length() < pos) {
            buf.append('\0');
        }
        int end = Math.min(buf.length(), pos + text.length());
        buf.replace(pos, end, text);
        pos += text.length();
        return n;
    }

    String read(long n) {
        checkOpen();
        if (pos >= buf.length()) {
            return "";
        }
        int end = n < 0 ? buf.length() : offset(pos, n);
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    /** The char offset {@code n} code points after {@code from}, at most the end. */
    private int offset(int from, long n) {
        int i = from;
        for (long k = 0; k < n && i < buf.length(); k++) {
            i += Character.isHighSurrogate(buf.charAt(i)) && i + 1 < buf.length()
                    && Character.isLowSurrogate(buf.charAt(i + 1)) ? 2 : 1;
        }
        return i;
    }

    String readline(long limit) {
        checkOpen();
        if (pos >= buf.length()) {
            return "";
        }
        int end;
        if (newline == null || newline.equals("\n")) {
            int i = buf.indexOf("\n", pos);
            end = i < 0 ? buf.length() : i + 1;
        } else if (newline.isEmpty()) {
            end = pos;
            while (end < buf.length() && buf.charAt(end) != '\n' && buf.charAt(end) != '\r') {
                end++;
            }
            if (end < buf.length()) {
                end += buf.charAt(end) == '\r' && end + 1 < buf.length() && buf.charAt(end + 1) == '\n' ? 2 : 1;
            }
        } else {
            int i = buf.indexOf(newline, pos);
            end = i < 0 ? buf.length() : i + newline.length();
        }
        if (limit >= 0) {
            end = Math.min(end, offset(pos, limit));
        }
        String r = buf.substring(pos, end);
        pos = end;
        return r;
    }

    private static StringIO self(PyObject o) {
        return (StringIO) o;
    }

    private static void methods(PyType t) {
        t.method("getvalue", self -> {
            self(self).checkOpen();
            return PyStr.of(self(self).buf.toString());
        });
        t.method("write", (self, s) -> {
            if (!(s instanceof PyStr str)) {
                throw Errors.typeError("string argument expected, got '" + s.type().name() + "'");
            }
            return PyInt.of(self(self).write(str.toString()));
        });
        t.method("read", (self, a, start, kw) -> PyStr.of(self(self).read(IoBase.sizeArg("read", a, start, kw))));
        t.method("readline", (self, a, start, kw) ->
                PyStr.of(self(self).readline(IoBase.sizeArg("readline", a, start, kw))));
        t.method("tell", self -> {
            StringIO s = self(self);
            s.checkOpen();
            int len = Math.min(s.pos, s.buf.length());
            return PyInt.of(s.buf.codePointCount(0, len) + (s.pos - len));
        });
        t.method("seek", (self, a, start, kw) -> {
            StringIO s = self(self);
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            long n = Seq.index(p[0]).longValue();
            int whence = p[1] == null ? 0 : (int) Seq.index(p[1]).longValue();
            s.checkOpen();
            if (whence < 0 || whence > 2) {
                throw Errors.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (whence == 0 && n < 0) {
                throw Errors.valueError("Negative seek position " + n);
            }
            if (whence != 0 && n != 0) {
                throw Errors.of(ExceptionTypes.OS_ERROR, whence == 1 ? "Can't do nonzero cur-relative seeks"
                        : "Can't do nonzero end-relative seeks");
            }
            if (whence == 2) {
                s.pos = s.buf.length();
            } else if (whence == 0) {
                int cps = s.buf.codePointCount(0, s.buf.length());
                s.pos = n <= cps ? s.offset(0, n) : (int) (s.buf.length() + (n - cps));
            }
            int len = Math.min(s.pos, s.buf.length());
            return PyInt.of(s.buf.codePointCount(0, len) + (s.pos - len));
        });
        t.method("truncate", (self, a, start, kw) -> {
            StringIO s = self(self);
            s.checkOpen();
            PyObject[] p = ArgParser.unpack("truncate", 0, 1).bind(a, start, kw);
            long n = p[0] == null || p[0] == PyNone.INSTANCE
                    ? s.buf.codePointCount(0, Math.min(s.pos, s.buf.length())) : Seq.index(p[0]).longValue();
            if (n < 0) {
                throw Errors.valueError("Negative size value " + n);
            }
            int at = s.offset(0, n);
            if (at < s.buf.length()) {
                s.buf.setLength(at);
            }
            return PyInt.of(n);
        });
        t.method("close", self -> {
            self(self).closed = true;
            return PyNone.INSTANCE;
        });
        t.method("flush", self -> PyNone.INSTANCE);
        t.method("readable", self -> {
            self(self).checkOpen();
            return PyBool.TRUE;
        });
        t.method("writable", self -> {
            self(self).checkOpen();
            return PyBool.TRUE;
        });
        t.method("seekable", self -> {
            self(self).checkOpen();
            return PyBool.TRUE;
        });
        t.method("isatty", self -> {
            self(self).checkOpen();
            return PyBool.FALSE;
        });
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(self(self).closed));
        PyGetSetDescr.getter(t, "line_buffering", self -> PyBool.FALSE);
        PyGetSetDescr.getter(t, "newlines", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "encoding", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "errors", self -> PyNone.INSTANCE);
        PyGetSetDescr.getter(t, "__dict__", self -> self.instanceDict());
    }
}
