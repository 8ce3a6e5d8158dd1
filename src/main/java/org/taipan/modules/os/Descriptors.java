package org.taipan.modules.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.taipan.modules.Console;
import org.taipan.modules.io.FileIO;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.Seq;
import org.taipan.objects.TextAccess;

/**
 * The functions of {@code os} on file descriptors: {@code open}, {@code close}, {@code read},
 * {@code write}, {@code lseek}, {@code fsync}, {@code ftruncate}. Descriptors are the numbers
 * {@code io} gives its files ({@link FileIO}), so {@code open(fd)} and {@code fileno()} meet
 * these; 0, 1 and 2 are the standard streams.
 */
final class Descriptors {
    private Descriptors() {}

    private static final ArgParser OPEN = ArgParser.clinic("open", "path, flags, mode=511, *, dir_fd=None");
    private static final ArgParser READ = ArgParser.clinic("read", "fd, length, /");
    private static final ArgParser WRITE = ArgParser.clinic("write", "fd, data, /");
    private static final ArgParser LSEEK = ArgParser.clinic("lseek", "fd, position, how, /");
    private static final ArgParser FTRUNCATE = ArgParser.clinic("ftruncate", "fd, length, /");

    static void define(PyModule m) {
        m.def("open", (self, args, start, kw) -> {
            PyObject[] a = OPEN.bind(args, start, kw);
            Path p = PosixModule.arg(a[0], "open", "path", false, false);
            int flags = Seq.index(a[1]).intValueExact();
            int mode = a[2] == null ? 0777 : Seq.index(a[2]).intValueExact();
            try {
                return PyInt.of(FileIO.openDescriptor(p, flags, PosixModule.permissions(mode & ~PosixModule.umask())));
            } catch (java.nio.file.FileSystemException e) {
                if (String.valueOf(e.getReason()).contains("Is a directory")) {
                    throw PosixModule.osError(21, a[0], null);
                }
                throw PosixModule.osError(e, a[0], null);
            } catch (IOException e) {
                throw PosixModule.osError(e, a[0], null);
            }
        });
        m.def("close", (self, fdArg) -> {
            int fd = fd(fdArg);
            try {
                if (fd > 2 && !FileIO.closeDescriptor(fd)) {
                    throw PosixModule.osError(9, null, null);
                }
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
            return PyNone.INSTANCE;
        });
        m.def("read", (self, args, start, kw) -> {
            PyObject[] a = READ.bind(args, start, kw);
            int fd = fd(a[0]);
            long n = Seq.asSsize(a[1]);
            if (n < 0) {
                throw PosixModule.osError(22, null, null);
            }
            byte[] buf = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            try {
                int got;
                // Without the GIL, so that other threads run while this one waits for a pipe.
                if (fd == 0) {
                    got = org.taipan.vm.ThreadState.blocking(() -> Console.readBytes(buf, 0, buf.length));
                } else {
                    java.nio.channels.ByteChannel ch = stream(fd);
                    got = org.taipan.vm.ThreadState.blocking(() -> ch.read(ByteBuffer.wrap(buf)));
                }
                return new PyBytes(java.util.Arrays.copyOf(buf, Math.max(got, 0)));
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
        });
        m.def("write", (self, args, start, kw) -> {
            PyObject[] a = WRITE.bind(args, start, kw);
            int fd = fd(a[0]);
            byte[] data = TextAccess.bytesOrNull(a[1]);
            if (data == null) {
                throw Errors.typeError("a bytes-like object is required, not '" + a[1].type().name() + "'");
            }
            try {
                if (fd == 1 || fd == 2) {
                    Console.writeBytes(fd, data, 0, data.length);
                    return PyInt.of(data.length);
                }
                ByteBuffer b = ByteBuffer.wrap(data);
                java.nio.channels.ByteChannel ch = stream(fd);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                return PyInt.of(data.length);
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
        });
        m.def("lseek", (self, args, start, kw) -> {
            PyObject[] a = LSEEK.bind(args, start, kw);
            FileChannel ch = channel(fd(a[0]));
            long pos = Seq.asSsize(a[1]);
            int how = Seq.index(a[2]).intValueExact();
            try {
                long base = how == 0 ? 0 : how == 1 ? ch.position() : how == 2 ? ch.size() : -1;
                if (base < 0 || base + pos < 0) {
                    throw PosixModule.osError(22, null, null);
                }
                ch.position(base + pos);
                return PyInt.of(base + pos);
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
        });
        m.def("fsync", (self, fdArg) -> {
            try {
                channel(fd(fdArg)).force(true);
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
            return PyNone.INSTANCE;
        });
        m.def("ftruncate", (self, args, start, kw) -> {
            PyObject[] a = FTRUNCATE.bind(args, start, kw);
            FileChannel ch = channel(fd(a[0]));
            try {
                long n = Seq.asSsize(a[1]);
                if (n < ch.size()) {
                    ch.truncate(n);
                } else if (n > ch.size()) {
                    ch.write(ByteBuffer.wrap(new byte[1]), n - 1);
                }
            } catch (IOException e) {
                throw PosixModule.osError(e, null, null);
            }
            return PyNone.INSTANCE;
        });
    }

    /** A descriptor argument: an int, or an object with fileno(), as CPython's converter. */
    private static int fd(PyObject o) {
        if (!(o instanceof PyInt)) {
            throw Errors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        long v = Seq.index(o).bigValue().min(java.math.BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
        if (v < 0) {
            throw PosixModule.osError(9, null, null);
        }
        return (int) v;
    }

    /** A file's or a pipe's channel (os.read, os.write). */
    private static java.nio.channels.ByteChannel stream(int fd) {
        java.nio.channels.ByteChannel ch = FileIO.descriptorStream(fd);
        if (ch == null) {
            throw PosixModule.osError(9, null, null);
        }
        return ch;
    }

    private static FileChannel channel(int fd) {
        FileChannel ch = FileIO.descriptorChannel(fd);
        if (ch == null) {
            throw PosixModule.osError(9, null, null);
        }
        return ch;
    }
}
