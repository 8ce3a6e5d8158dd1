package org.taipan.modules.io;

import java.io.ByteArrayOutputStream;
import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * The buffered layer ({@code io.BufferedReader}, {@code BufferedWriter}, {@code BufferedRandom})
 * over a raw stream: a read-ahead buffer and a buffer of pending writes, never both at once.
 * The logical position is the raw one less the unread read-ahead plus the pending writes.
 */
public final class Buffered extends PyObject implements ByteStream {
    public static final PyType READER = type("_io.BufferedReader", true, false);
    public static final PyType WRITER = type("_io.BufferedWriter", false, true);
    public static final PyType RANDOM = type("_io.BufferedRandom", true, true);

    /** Made on first use: a Cleaner starts a thread, which a program that opens no file need not pay for. */
    private static final class Cleanup {
        static final Cleaner CLEANER = Cleaner.create();
    }
    /** Writers to flush at exit (CPython flushes them as it finalises them). */
    private static final List<WeakReference<Buffered>> WRITERS = new ArrayList<>();

    private static PyType type(String name, boolean read, boolean write) {
        return PyType.builtin(name, Buffered.class, IoBase.BUFFERED, 0, t -> {
            t.repr = self -> ((Buffered) self).repr();
            t.iter = self -> {
                ((Buffered) self).checkOpen("I/O operation on");
                return self;
            };
            t.next = self -> {
                byte[] line = ((Buffered) self).readline(-1);
                return line.length == 0 ? null : new PyBytes(line);
            };
            t.tpNew = (type, args, kw) -> {
                PyObject[] p = ArgParser.clinic(name.substring(4), "raw, buffer_size=8192").bind(args, 0, kw);
                int size = p[1] == null ? IoModule.DEFAULT_BUFFER_SIZE : (int) Seq.index(p[1]).longValue();
                if (size <= 0) {
                    throw Errors.valueError("buffer size must be strictly positive");
                }
                ByteStream raw = ByteStream.of(p[0]);
                if (read && !raw.isReadable()) {
                    throw Errors.of(org.taipan.objects.ExceptionTypes.OS_ERROR, "\"raw\" argument must be readable.");
                }
                if (write && !raw.isWritable()) {
                    throw Errors.of(org.taipan.objects.ExceptionTypes.OS_ERROR, "\"raw\" argument must be writable.");
                }
                return new Buffered(type, raw, size);
            };
        }, t -> methods(t, read, write));
    }

    /** Pending writes; a separate object so that a cleaner can flush them without the Buffered. */
    static final class Pending {
        byte[] buf;
        int len;

        Pending(int size) {
            buf = new byte[size];
        }
    }

    private final PyType type;
    final ByteStream raw;
    private final int size;
    private final boolean canRead, canWrite;
    private byte[] rbuf;
    private int rpos, rlen;
    private final Pending w;
    private boolean detached;
    private PyDict dict;

    Buffered(PyType type, ByteStream raw, int size) {
        this.type = type;
        this.raw = raw;
        this.size = size;
        this.canRead = type != WRITER;
        this.canWrite = type != READER;
        this.w = canWrite ? new Pending(size) : null;
        if (canWrite) {
            synchronized (WRITERS) {
                WRITERS.removeIf(r -> r.get() == null);
                WRITERS.add(new WeakReference<>(this));
            }
            if (raw instanceof FileIO f && f.handleForCleanup() != null) {
                FileIO.Handle h = f.handleForCleanup();
                h.owned = true;
                Pending pending = w;
                Cleanup.CLEANER.register(this, () -> flushDropped(h, pending));
            }
        }
    }

    /** What CPython does when a file object is freed unclosed: its pending bytes are written, then it closes. */
    private static void flushDropped(FileIO.Handle h, Pending p) {
        try {
            if (!h.closed) {
                java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(p.buf, 0, p.len);
                while (bb.hasRemaining()) {
                    h.channel.write(bb);
                }
                p.len = 0;
                h.close();
            }
        } catch (java.io.IOException ignored) {
            // Nobody is left to tell.
        }
    }

    /** Flushes every buffered writer still open: at exit. */
    public static void flushAll() {
        List<Buffered> live = new ArrayList<>();
        synchronized (WRITERS) {
            for (WeakReference<Buffered> r : WRITERS) {
                Buffered b = r.get();
                if (b != null) {
                    live.add(b);
                }
            }
        }
        for (Buffered b : live) {
            try {
                if (!b.detached && !b.raw.isClosed()) {
                    b.flush();
                }
            } catch (PyException ignored) {
                // Nothing can be reported this late.
            }
        }
    }

    @Override
    public PyType type() {
        return type;
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

    private PyObject repr() {
        PyObject name = Abstract.lookupAttr(raw.self(), PyStr.of("name"));
        return PyStr.of("<" + type.name() + (name == null ? "" : " name=" + Abstract.repr(name)) + ">");
    }

    private void checkOpen(String what) {
        if (detached) {
            throw Errors.valueError("raw stream has been detached");
        }
        if (raw.isClosed()) {
            throw Errors.valueError(what.equals("I/O operation on") ? "I/O operation on closed file"
                    : what + " closed file");
        }
    }

    private void checkRead(String what) {
        if (!canRead) {
            throw IoBase.unsupported(what);
        }
        checkOpen(what + " of");
    }

    /** Drops the read-ahead, moving the raw position back to the logical one. */
    private void dropReadAhead() {
        if (rlen > rpos && raw.isSeekable()) {
            raw.seek(-(rlen - rpos), 1);
        }
        rpos = rlen = 0;
    }

    private void flushWrites() {
        if (w != null && w.len > 0) {
            int n = w.len;
            w.len = 0;
            raw.writeAll(w.buf, 0, n);
        }
    }

    /** Set while a thread reads into {@link #rbuf} without the GIL. */
    private boolean filling;

    /**
     * Reads more from the raw stream into the read-ahead; false at the end. The raw read runs
     * without the GIL; another thread that wants to fill meanwhile waits for it, and takes what
     * it read, as CPython's buffered objects serialise their readers.
     */
    private boolean fill() {
        if (filling) {
            while (filling) {
                boolean woken = org.taipan.vm.ThreadState.blocking(() -> {
                    try {
                        Thread.sleep(1);
                        return false;
                    } catch (InterruptedException e) {
                        return true;
                    }
                });
                if (woken) {
                    org.taipan.vm.ThreadState.pollInterrupt();
                }
            }
            if (rpos < rlen) {
                return true;
            }
        }
        filling = true;
        try {
            return fillNow();
        } finally {
            filling = false;
        }
    }

    private boolean fillNow() {
        flushWrites();
        if (rbuf == null) {
            rbuf = new byte[size];
        }
        if (rpos == rlen) {
            rpos = rlen = 0;
        }
        int n = raw.readInto(rbuf, rlen, rbuf.length - rlen);
        rlen += n;
        return n > 0;
    }

    // ---- ByteStream

    public int readInto(byte[] b, int off, int len) {
        checkRead("read");
        if (rpos == rlen) {
            if (len >= size) {
                flushWrites();
                return raw.readInto(b, off, len);
            }
            if (!fill()) {
                return 0;
            }
        }
        int n = Math.min(len, rlen - rpos);
        System.arraycopy(rbuf, rpos, b, off, n);
        rpos += n;
        return n;
    }

    byte[] read(long n) {
        checkRead("read");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n < 0) {
            out.write(rbuf == null ? new byte[0] : rbuf, rpos, rlen - rpos);
            rpos = rlen = 0;
            flushWrites();
            byte[] chunk = new byte[Math.max(size, 8192)];
            for (int k; (k = raw.readInto(chunk, 0, chunk.length)) > 0; ) {
                out.write(chunk, 0, k);
            }
            return out.toByteArray();
        }
        byte[] tmp = new byte[(int) Math.min(n, 1 << 20)];
        while (out.size() < n) {
            int k = readInto(tmp, 0, (int) Math.min(tmp.length, n - out.size()));
            if (k <= 0) {
                break;
            }
            out.write(tmp, 0, k);
        }
        return out.toByteArray();
    }

    byte[] read1(long n) {
        checkRead("read");
        if (rpos == rlen && !fill()) {
            return new byte[0];
        }
        int k = (int) (n < 0 ? rlen - rpos : Math.min(n, rlen - rpos));
        byte[] r = java.util.Arrays.copyOfRange(rbuf, rpos, rpos + k);
        rpos += k;
        return r;
    }

    byte[] readline(long limit) {
        checkRead("readline");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (limit < 0 || out.size() < limit) {
            if (rpos == rlen && !fill()) {
                break;
            }
            int end = rpos;
            long room = limit < 0 ? Long.MAX_VALUE : limit - out.size();
            while (end < rlen && end - rpos < room && rbuf[end] != '\n') {
                end++;
            }
            boolean newline = end < rlen && end - rpos < room && rbuf[end] == '\n';
            if (newline) {
                end++;
            }
            out.write(rbuf, rpos, end - rpos);
            rpos = end;
            if (newline) {
                break;
            }
        }
        return out.toByteArray();
    }

    public void writeAll(byte[] b, int off, int len) {
        if (!canWrite) {
            throw IoBase.unsupported("write");
        }
        checkOpen("write to");
        if (rlen > rpos || rpos > 0) {
            dropReadAhead();
        }
        if (w.len + len > w.buf.length) {
            flushWrites();
            if (len >= w.buf.length) {
                raw.writeAll(b, off, len);
                return;
            }
        }
        System.arraycopy(b, off, w.buf, w.len, len);
        w.len += len;
    }

    public long seek(long pos, int whence) {
        checkOpen("seek of");
        if (whence < 0 || whence > 2) {
            throw Errors.valueError("whence value " + whence + " unsupported");
        }
        flushWrites();
        if (whence == 1) {
            pos -= rlen - rpos;
        }
        rpos = rlen = 0;
        return raw.seek(pos, whence);
    }

    public long tell() {
        checkOpen("I/O operation on");
        long p = raw.tell() - (rlen - rpos) + (w == null ? 0 : w.len);
        return Math.max(p, 0);
    }

    public void flush() {
        checkOpen("flush of");
        flushWrites();
        raw.flush();
    }

    public void close() {
        if (detached || raw.isClosed()) {
            return;
        }
        try {
            if (canWrite) {
                flush();
            }
        } finally {
            raw.close();
        }
    }

    public boolean isClosed() {
        if (detached) {
            throw Errors.valueError("raw stream has been detached");
        }
        return raw.isClosed();
    }

    public boolean isReadable() {
        return raw.isReadable();
    }

    public boolean isWritable() {
        return raw.isWritable();
    }

    public boolean isSeekable() {
        return raw.isSeekable();
    }

    private static Buffered self(PyObject o) {
        return (Buffered) o;
    }

    private static void methods(PyType t, boolean read, boolean write) {
        if (read) {
            t.method("read", (self, a, start, kw) -> new PyBytes(self(self).read(IoBase.sizeArg("read", a, start, kw))));
            t.method("read1", (self, a, start, kw) -> new PyBytes(self(self).read1(IoBase.sizeArg("read1", a, start, kw))));
            t.method("readline", (self, a, start, kw) ->
                    new PyBytes(self(self).readline(IoBase.sizeArg("readline", a, start, kw))));
            t.method("peek", (self, a, start, kw) -> {
                Buffered b = self(self);
                b.checkRead("peek");
                if (b.rpos == b.rlen) {
                    b.fill();
                }
                return new PyBytes(b.rbuf == null ? new byte[0] : java.util.Arrays.copyOfRange(b.rbuf, b.rpos, b.rlen));
            });
            t.method("readinto", (self, buf) -> PyInt.of(FileIO.readIntoObject(self(self), buf)));
        }
        if (write) {
            t.method("write", (self, data) -> {
                byte[] b = IoBase.bytes(data);
                self(self).writeAll(b, 0, b.length);
                return PyInt.of(b.length);
            });
        }
        t.method("flush", self -> {
            Buffered b = self(self);
            if (b.canWrite) {
                b.flush();
            } else {
                b.checkOpen("flush of");
            }
            return PyNone.INSTANCE;
        });
        t.method("close", self -> {
            self(self).close();
            return PyNone.INSTANCE;
        });
        t.method("detach", self -> {
            Buffered b = self(self);
            if (b.canWrite) {
                b.flush();
            }
            b.dropReadAhead();
            b.detached = true;
            return b.raw.self();
        });
        t.method("seek", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            if (!(p[0] instanceof PyInt) && p[0].type().lookup("__index__") == null) {
                throw Errors.typeError("an integer is required");
            }
            return PyInt.of(self(self).seek(Seq.index(p[0]).longValue(),
                    p[1] == null ? 0 : (int) Seq.index(p[1]).longValue()));
        });
        t.method("tell", self -> PyInt.of(self(self).tell()));
        t.method("truncate", (self, a, start, kw) -> {
            Buffered b = self(self);
            b.checkOpen("truncate of");
            if (!b.canWrite) {
                throw IoBase.unsupported("truncate");
            }
            PyObject[] p = ArgParser.unpack("truncate", 0, 1).bind(a, start, kw);
            b.flushWrites();
            long pos = p[0] == null || p[0] == PyNone.INSTANCE ? b.tell() : Seq.index(p[0]).longValue();
            b.dropReadAhead();
            long at = b.raw.tell();
            PyObject r = b.raw instanceof FileIO f ? PyInt.of(f.truncate(pos))
                    : IoBase.call(b.raw.self(), "truncate", PyInt.of(pos));
            b.raw.seek(at, 0);
            return r;
        });
        t.method("fileno", self -> IoBase.call(self(self).raw.self(), "fileno"));
        t.method("isatty", self -> IoBase.call(self(self).raw.self(), "isatty"));
        t.method("readable", self -> PyBool.of(self(self).canRead && self(self).raw.isReadable()));
        t.method("writable", self -> PyBool.of(self(self).canWrite && self(self).raw.isWritable()));
        t.method("seekable", self -> PyBool.of(self(self).raw.isSeekable()));
        PyGetSetDescr.getter(t, "raw", self -> self(self).raw.self());
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(self(self).isClosed()));
        PyGetSetDescr.getter(t, "name", self -> Abstract.getAttr(self(self).raw.self(), PyStr.of("name")));
        PyGetSetDescr.getter(t, "mode", self -> Abstract.getAttr(self(self).raw.self(), PyStr.of("mode")));
    }
}
