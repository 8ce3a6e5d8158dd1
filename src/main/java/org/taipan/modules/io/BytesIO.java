package org.taipan.modules.io;

import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/** {@code io.BytesIO}: bytes in memory, a growable array and a position that may lie past its end. */
public final class BytesIO extends PyObject implements ByteStream {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", BytesIO.class, IoBase.BUFFERED, 0, t -> {
        t.repr = self -> PyStr.of("<_io.BytesIO object at " + org.taipan.objects.Ids.address(self) + ">");
        t.iter = self -> {
            ((BytesIO) self).checkOpen();
            return self;
        };
        t.next = self -> {
            byte[] line = ((BytesIO) self).readline(-1);
            return line.length == 0 ? null : new PyBytes(line);
        };
        t.tpNew = (type, args, kw) -> {
            PyObject[] p = ArgParser.clinic("BytesIO", "initial_bytes=b''").bind(args, 0, kw);
            BytesIO b = new BytesIO();
            if (p[0] != null && p[0] != PyNone.INSTANCE) {
                byte[] d = IoBase.bytes(p[0]);
                b.writeAll(d, 0, d.length);
                b.pos = 0;
            }
            return b;
        };
    }, BytesIO::methods);

    private byte[] buf = new byte[32];
    private int len;
    private long pos;
    private boolean closed;
    private PyDict dict;

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    public PyObject self() {
        return this;
    }

    private void checkOpen() {
        if (closed) {
            throw IoBase.closedError();
        }
    }

    public int readInto(byte[] b, int off, int n) {
        checkOpen();
        if (pos >= len) {
            return 0;
        }
        int k = (int) Math.min(n, len - pos);
        System.arraycopy(buf, (int) pos, b, off, k);
        pos += k;
        return k;
    }

    byte[] read(long n) {
        checkOpen();
        int avail = (int) Math.max(0, len - pos);
        int k = n < 0 ? avail : (int) Math.min(n, avail);
        byte[] r = new byte[k];
        readInto(r, 0, k);
        return r;
    }

    byte[] readline(long limit) {
        checkOpen();
        int start = (int) Math.min(pos, len);
        int end = start;
        while (end < len && buf[end] != '\n' && (limit < 0 || end - start < limit)) {
            end++;
        }
        if (end < len && buf[end] == '\n' && (limit < 0 || end - start < limit)) {
            end++;
        }
        pos = end;
        return java.util.Arrays.copyOfRange(buf, start, end);
    }

    public void writeAll(byte[] b, int off, int n) {
        checkOpen();
        long end = pos + n;
        if (end > Integer.MAX_VALUE - 8) {
            throw Errors.of(org.taipan.objects.ExceptionTypes.MEMORY_ERROR, "");
        }
        if (end > buf.length) {
            buf = java.util.Arrays.copyOf(buf, (int) Math.max(end, Math.min(Integer.MAX_VALUE - 8, buf.length * 2L)));
        }
        if (pos > len) {
            java.util.Arrays.fill(buf, len, (int) pos, (byte) 0);
        }
        System.arraycopy(b, off, buf, (int) pos, n);
        pos = end;
        len = Math.max(len, (int) end);
    }

    public long seek(long p, int whence) {
        checkOpen();
        switch (whence) {
            case 0 -> {
                if (p < 0) {
                    throw Errors.valueError("negative seek value " + p);
                }
                pos = p;
            }
            case 1 -> pos = Math.max(0, pos + p);
            case 2 -> pos = Math.max(0, len + p);
            default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
        }
        return pos;
    }

    public long tell() {
        checkOpen();
        return pos;
    }

    public void flush() {
        checkOpen();
    }

    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isReadable() {
        checkOpen();
        return true;
    }

    public boolean isWritable() {
        checkOpen();
        return true;
    }

    public boolean isSeekable() {
        checkOpen();
        return true;
    }

    private static BytesIO self(PyObject o) {
        return (BytesIO) o;
    }

    private static void methods(PyType t) {
        t.method("getvalue", self -> {
            self(self).checkOpen();
            return new PyBytes(java.util.Arrays.copyOf(self(self).buf, self(self).len));
        });
        t.method("write", (self, data) -> {
            byte[] b = IoBase.bytes(data);
            self(self).writeAll(b, 0, b.length);
            return PyInt.of(b.length);
        });
        t.method("read", (self, a, start, kw) -> new PyBytes(self(self).read(IoBase.sizeArg("read", a, start, kw))));
        t.method("read1", (self, a, start, kw) -> new PyBytes(self(self).read(IoBase.sizeArg("read1", a, start, kw))));
        t.method("readline", (self, a, start, kw) ->
                new PyBytes(self(self).readline(IoBase.sizeArg("readline", a, start, kw))));
        t.method("readinto", (self, b) -> PyInt.of(FileIO.readIntoObject(self(self), b)));
        t.method("seek", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            return PyInt.of(self(self).seek(Seq.index(p[0]).longValue(),
                    p[1] == null ? 0 : (int) Seq.index(p[1]).longValue()));
        });
        t.method("tell", self -> PyInt.of(self(self).tell()));
        t.method("truncate", (self, a, start, kw) -> {
            BytesIO b = self(self);
            b.checkOpen();
            PyObject[] p = ArgParser.unpack("truncate", 0, 1).bind(a, start, kw);
            long n = p[0] == null || p[0] == PyNone.INSTANCE ? b.pos : Seq.index(p[0]).longValue();
            if (n < 0) {
                throw Errors.valueError("negative size value " + n);
            }
            if (n < b.len) {
                b.len = (int) n;
            }
            return PyInt.of(n);
        });
        t.method("close", self -> {
            self(self).close();
            return PyNone.INSTANCE;
        });
        t.method("flush", self -> {
            self(self).flush();
            return PyNone.INSTANCE;
        });
        t.method("readable", self -> PyBool.of(self(self).isReadable()));
        t.method("writable", self -> PyBool.of(self(self).isWritable()));
        t.method("seekable", self -> PyBool.of(self(self).isSeekable()));
        t.method("isatty", self -> {
            self(self).checkOpen();
            return PyBool.FALSE;
        });
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(self(self).closed));
    }
}
