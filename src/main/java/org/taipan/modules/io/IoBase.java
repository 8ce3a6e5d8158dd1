package org.taipan.modules.io;

import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.Iter;
import org.taipan.objects.PyBaseObject;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * The abstract base classes of {@code io} ({@code _io._IOBase}, {@code _RawIOBase},
 * {@code _BufferedIOBase}, {@code _TextIOBase}). Their methods work through attribute look-up,
 * so a class written in Python that derives from them gets CPython's defaults
 * ({@code readline} from {@code read}, {@code __enter__}, iteration, {@code closed} …); the
 * concrete Java classes override the methods that matter for speed.
 */
public final class IoBase {
    private IoBase() {}

    public static final PyType IOBASE = PyType.builtin("_io._IOBase", PyBaseObject.class, PyType.OBJECT,
            PyType.BASETYPE, t -> {
                t.iter = self -> {
                    checkClosed(self);
                    return self;
                };
                t.next = self -> {
                    PyObject line = call(self, "readline");
                    return Abstract.length(line) == 0 ? null : line;
                };
            }, IoBase::ioBaseMethods);
    public static final PyType RAW = PyType.builtin("_io._RawIOBase", PyBaseObject.class, IOBASE, PyType.BASETYPE,
            null, t -> {
                t.method("read", (self, a, start, kw) -> {
                    long n = sizeArg("read", a, start, kw);
                    if (n < 0) {
                        return call(self, "readall");
                    }
                    PyByteArray b = new PyByteArray(new byte[(int) n]);
                    PyObject got = call(self, "readinto", b);
                    if (got == PyNone.INSTANCE) {
                        return got;
                    }
                    int k = (int) Seq.index(got).longValue();
                    return new PyBytes(java.util.Arrays.copyOf(b.toByteArray(), k));
                });
                t.method("readall", self -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    while (true) {
                        PyObject chunk = call(self, "read", PyInt.of(8192));
                        if (chunk == PyNone.INSTANCE) {
                            return out.size() == 0 ? chunk : new PyBytes(out.toByteArray());
                        }
                        byte[] d = bytes(chunk);
                        if (d.length == 0) {
                            return new PyBytes(out.toByteArray());
                        }
                        out.writeBytes(d);
                    }
                });
            });
    public static final PyType BUFFERED = PyType.builtin("_io._BufferedIOBase", PyBaseObject.class, IOBASE,
            PyType.BASETYPE, null, t -> {
                t.method("read", (self, a, start, kw) -> {
                    throw unsupported("read");
                });
                t.method("read1", (self, a, start, kw) -> {
                    throw unsupported("read1");
                });
                t.method("write", (self, a, start, kw) -> {
                    throw unsupported("write");
                });
                t.method("detach", self -> {
                    throw unsupported("detach");
                });
            });
    public static final PyType TEXT = PyType.builtin("_io._TextIOBase", PyBaseObject.class, IOBASE, PyType.BASETYPE,
            null, t -> {
                t.method("read", (self, a, start, kw) -> {
                    throw unsupported("read");
                });
                t.method("write", (self, a, start, kw) -> {
                    throw unsupported("write");
                });
                t.method("detach", self -> {
                    throw unsupported("detach");
                });
                PyGetSetDescr.getter(t, "encoding", self -> PyNone.INSTANCE);
                PyGetSetDescr.getter(t, "newlines", self -> PyNone.INSTANCE);
                PyGetSetDescr.getter(t, "errors", self -> PyNone.INSTANCE);
            });

    private static final PyStr CLOSED_FLAG = PyStr.of("__IOBase_closed");

    private static void ioBaseMethods(PyType t) {
        t.method("__enter__", self -> {
            checkClosed(self);
            return self;
        });
        t.method("__exit__", (self, a, start, kw) -> call(self, "close"));
        t.method("close", self -> {
            PyDict d = self.instanceDict();
            if (d != null && d.getItem(CLOSED_FLAG) == null) {
                try {
                    call(self, "flush");
                } finally {
                    d.setItem(CLOSED_FLAG, PyBool.TRUE);
                }
            }
            return PyNone.INSTANCE;
        });
        t.method("flush", self -> {
            checkClosed(self);
            return PyNone.INSTANCE;
        });
        t.method("readable", self -> PyBool.FALSE);
        t.method("writable", self -> PyBool.FALSE);
        t.method("seekable", self -> PyBool.FALSE);
        t.method("isatty", self -> {
            checkClosed(self);
            return PyBool.FALSE;
        });
        t.method("fileno", self -> {
            throw unsupported("fileno");
        });
        t.method("seek", (self, a, start, kw) -> {
            throw unsupported("seek");
        });
        t.method("truncate", (self, a, start, kw) -> {
            throw unsupported("truncate");
        });
        t.method("tell", self -> call(self, "seek", PyInt.of(0), PyInt.of(1)));
        t.method("readline", (self, a, start, kw) -> {
            long limit = sizeArg("readline", a, start, kw);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (limit < 0 || out.size() < limit) {
                byte[] b = bytes(call(self, "read", PyInt.of(1)));
                if (b.length == 0) {
                    break;
                }
                out.writeBytes(b);
                if (b[b.length - 1] == '\n') {
                    break;
                }
            }
            return new PyBytes(out.toByteArray());
        });
        t.method("readlines", (self, a, start, kw) -> readlines(self, hintArg(a, start, kw)));
        t.method("writelines", (self, lines) -> {
            checkClosed(self);
            PyObject write = Abstract.getAttr(self, PyStr.of("write"));
            PyObject it = Iter.of(lines);
            for (PyObject l = Iter.next(it); l != null; l = Iter.next(it)) {
                Abstract.call(write, new PyObject[] {l}, null);
            }
            return PyNone.INSTANCE;
        });
        t.method("_checkClosed", (self, a, start, kw) -> {
            checkClosed(self);
            return PyNone.INSTANCE;
        });
        t.method("_checkReadable", (self, a, start, kw) -> {
            if (!Abstract.isTrue(call(self, "readable"))) {
                throw unsupported("File or stream is not readable.");
            }
            return PyNone.INSTANCE;
        });
        t.method("_checkWritable", (self, a, start, kw) -> {
            if (!Abstract.isTrue(call(self, "writable"))) {
                throw unsupported("File or stream is not writable.");
            }
            return PyNone.INSTANCE;
        });
        t.method("_checkSeekable", (self, a, start, kw) -> {
            if (!Abstract.isTrue(call(self, "seekable"))) {
                throw unsupported("File or stream is not seekable.");
            }
            return PyNone.INSTANCE;
        });
        PyGetSetDescr.getter(t, "closed", self -> {
            PyDict d = self.instanceDict();
            return PyBool.of(d != null && d.getItem(CLOSED_FLAG) != null);
        });
        PyGetSetDescr.getter(t, "__dict__", self -> self.instanceDict());
    }

    /** readlines(hint): lines through iteration until their total size reaches the hint. */
    static PyObject readlines(PyObject self, long hint) {
        List<PyObject> lines = new ArrayList<>();
        long total = 0;
        PyObject it = Iter.of(self);
        for (PyObject l = Iter.next(it); l != null; l = Iter.next(it)) {
            lines.add(l);
            total += Abstract.length(l);
            if (hint > 0 && total >= hint) {
                break;
            }
        }
        return PyList.wrap(lines.toArray(new PyObject[0]));
    }

    static void checkClosed(PyObject self) {
        if (Abstract.isTrue(Abstract.getAttr(self, PyStr.of("closed")))) {
            throw closedError();
        }
    }

    static PyException closedError() {
        return Errors.valueError("I/O operation on closed file.");
    }

    static PyException unsupported(String what) {
        return Errors.of(ExceptionTypes.unsupportedOperation(), what);
    }

    static PyObject call(PyObject self, String method, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, PyStr.of(method)), args, null);
    }

    /** The contents of a bytes-like object, or a TypeError naming what was given. */
    static byte[] bytes(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.toByteArray();
        }
        if (o instanceof PyByteArray b) {
            return b.toByteArray();
        }
        PyObject tobytes = Abstract.lookupAttr(o, PyStr.of("tobytes"));
        if (tobytes != null && o.type().name().equals("memoryview")) {
            return ((PyBytes) Abstract.call(tobytes, new PyObject[0], null)).toByteArray();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    /** A size argument ({@code read(size=-1)}): None and negative mean "all". */
    static long sizeArg(String what, PyObject[] a, int start, String[] kw) {
        PyObject[] p = ArgParser.unpack(what, 0, 1).bind(a, start, kw);
        return sizeValue(p[0]);
    }

    static long sizeValue(PyObject v) {
        if (v == null || v == PyNone.INSTANCE) {
            return -1;
        }
        if (!(v instanceof PyInt)) {
            PyObject index = v.type().lookup("__index__");
            if (index == null) {
                throw Errors.typeError("argument should be integer or None, not '" + v.type().name() + "'");
            }
        }
        return Seq.index(v).longValue();
    }

    static long hintArg(PyObject[] a, int start, String[] kw) {
        PyObject[] p = ArgParser.unpack("readlines", 0, 1).bind(a, start, kw);
        return p[0] == null || p[0] == PyNone.INSTANCE ? -1 : Seq.index(p[0]).longValue();
    }
}
