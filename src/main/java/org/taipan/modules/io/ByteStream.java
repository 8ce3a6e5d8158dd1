package org.taipan.modules.io;

import org.taipan.objects.Abstract;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.Seq;

/**
 * What a layer needs from the layer below it: bytes in and out, positions, flush and close.
 * {@link FileIO}, {@link Buffered} and {@link BytesIO} implement it directly; any other Python
 * object (a raw stream written in Python) is reached through {@link #of}, which calls its methods.
 */
interface ByteStream {
    PyObject self();

    /** Reads up to {@code len} bytes; 0 at the end of the stream. */
    int readInto(byte[] b, int off, int len);

    void writeAll(byte[] b, int off, int len);

    long seek(long pos, int whence);

    long tell();

    void flush();

    void close();

    boolean isClosed();

    boolean isReadable();

    boolean isWritable();

    boolean isSeekable();

    static ByteStream of(PyObject o) {
        return o instanceof ByteStream s ? s : new Python(o);
    }

    /** A stream written in Python, driven through its methods. */
    record Python(PyObject self) implements ByteStream {
        public int readInto(byte[] b, int off, int len) {
            PyObject r = IoBase.call(self, "read", PyInt.of(len));
            if (r == PyNone.INSTANCE) {
                return 0;
            }
            byte[] d = IoBase.bytes(r);
            int n = Math.min(d.length, len);
            System.arraycopy(d, 0, b, off, n);
            return n;
        }

        public void writeAll(byte[] b, int off, int len) {
            IoBase.call(self, "write", new PyBytes(java.util.Arrays.copyOfRange(b, off, off + len)));
        }

        public long seek(long pos, int whence) {
            return Seq.index(IoBase.call(self, "seek", PyInt.of(pos), PyInt.of(whence))).longValue();
        }

        public long tell() {
            return Seq.index(IoBase.call(self, "tell")).longValue();
        }

        public void flush() {
            IoBase.call(self, "flush");
        }

        public void close() {
            IoBase.call(self, "close");
        }

        public boolean isClosed() {
            return Abstract.isTrue(Abstract.getAttr(self, org.taipan.objects.PyStr.of("closed")));
        }

        public boolean isReadable() {
            return Abstract.isTrue(IoBase.call(self, "readable"));
        }

        public boolean isWritable() {
            return Abstract.isTrue(IoBase.call(self, "writable"));
        }

        public boolean isSeekable() {
            return Abstract.isTrue(IoBase.call(self, "seekable"));
        }
    }
}
