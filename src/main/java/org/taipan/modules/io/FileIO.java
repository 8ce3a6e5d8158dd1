package org.taipan.modules.io;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.taipan.modules.Console;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyByteArray;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyGetSetDescr;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PySlice;
import org.taipan.objects.PyType;
import org.taipan.objects.Seq;

/**
 * {@code io.FileIO}, the raw layer: unbuffered bytes to and from a file (a Java FileChannel)
 * or one of the process's standard streams (through {@link Console}). File descriptors are
 * numbered as the OS would (the lowest free one from 3), so {@code fileno()} and
 * {@code open(fd)} behave as in CPython within the program.
 */
public final class FileIO extends PyObject implements ByteStream {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", FileIO.class, IoBase.RAW, 0, t -> {
        t.repr = self -> ((FileIO) self).repr();
        t.tpNew = (type, args, kw) -> create(args, 0, kw);
    }, FileIO::methods);

    private static final ArgParser NEW = ArgParser.clinic("FileIO", "file, mode='r', closefd=True, opener=None");
    /** Made on first use: a Cleaner starts a thread, which a program that opens no file need not pay for. */
    private static final class Cleanup {
        static final Cleaner CLEANER = Cleaner.create();
    }

    /** An open file: what a descriptor number stands for. Closed when its last user closes it. */
    static final class Handle {
        /** A FileChannel for files; a {@link PipeChannel} for a child process's pipes. */
        final java.nio.channels.ByteChannel channel;
        final int fd;
        volatile boolean closed;
        /** A buffered writer above owns closing (it flushes first). */
        volatile boolean owned;

        Handle(java.nio.channels.ByteChannel channel, int fd) {
            this.channel = channel;
            this.fd = fd;
        }

        /** Threads copying for a child process ({@link #lease}): the channel stays open until they let go. */
        private int users;

        void close() throws IOException {
            if (!closed) {
                closed = true;
                FDS.remove(fd);
                synchronized (this) {
                    if (users > 0) {
                        return;
                    }
                }
                channel.close();
            }
        }

        private void release() throws IOException {
            boolean last;
            synchronized (this) {
                last = --users == 0 && closed;
            }
            if (last) {
                channel.close();
            }
        }
    }

    private static final Map<Integer, Handle> FDS = new ConcurrentHashMap<>();

    private final Handle handle;
    private final int fd;
    private final PyObject name;
    private final boolean readable, writable, appending, created;
    private final boolean closefd;
    private boolean closed;
    private PyDict dict;

    private FileIO(Handle handle, int fd, PyObject name, boolean readable, boolean writable, boolean appending,
                   boolean created, boolean closefd) {
        this.handle = handle;
        this.fd = fd;
        this.name = name;
        this.readable = readable;
        this.writable = writable;
        this.appending = appending;
        this.created = created;
        this.closefd = closefd;
        if (handle != null && closefd) {
            Handle h = handle;
            Cleanup.CLEANER.register(this, () -> {
                if (!h.owned) {
                    try {
                        h.close();
                    } catch (IOException ignored) {
                        // An unreachable file that fails to close has nobody to tell.
                    }
                }
            });
        }
    }

    /** The raw stream of standard input (0), output (1) or error (2). */
    static FileIO std(int fd, String name) {
        return new FileIO(null, fd, PyStr.of(name), fd == 0, fd != 0, false, false, false);
    }

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

    static PyObject create(PyObject[] args, int start, String[] kw) {
        PyObject[] p = NEW.bind(args, start, kw);
        String mode = p[1] == null ? "r" : IoModule.strArg(p[1], "FileIO", "mode");
        boolean closefd = p[2] == null || Abstract.isTrue(p[2]);
        return open(p[0], mode, closefd, p[3]);
    }

    /** Opens {@code file} (a path or a descriptor) with a raw mode made of r, w, x, a, + and b. */
    static FileIO open(PyObject file, String mode, boolean closefd, PyObject opener) {
        boolean r = false, w = false, a = false, x = false, plus = false;
        int kinds = 0;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'r' -> { r = true; kinds++; }
                case 'w' -> { w = true; kinds++; }
                case 'a' -> { a = true; kinds++; }
                case 'x' -> { x = true; kinds++; }
                case '+' -> {
                    if (plus) {
                        kinds = 2;
                    }
                    plus = true;
                }
                case 'b' -> { }
                default -> throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (kinds != 1) {
            throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        }
        boolean readable = r || plus, writable = !r || plus;
        if (file instanceof PyInt || file instanceof PyBool) {
            int fd = (int) Seq.index(file).longValue();
            if (fd < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            if (fd <= 2) {
                return new FileIO(null, fd, file, readable, writable, a, x, closefd);
            }
            Handle h = FDS.get(fd);
            if (h == null) {
                throw osError(9, "Bad file descriptor", null);
            }
            return new FileIO(h, fd, file, readable, writable, a, x, closefd);
        }
        if (!closefd) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        String path = IoModule.fsPath(file);
        Path fp = org.taipan.modules.os.Cwd.resolve(path);
        Set<OpenOption> opts = new HashSet<>();
        if (readable) {
            opts.add(StandardOpenOption.READ);
        }
        if (writable) {
            opts.add(StandardOpenOption.WRITE);
        }
        if (w) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        } else if (a) {
            opts.add(StandardOpenOption.CREATE);
            opts.add(StandardOpenOption.APPEND);
        } else if (x) {
            opts.add(StandardOpenOption.CREATE_NEW);
        }
        if (opener != null && opener != PyNone.INSTANCE) {
            throw Errors.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "open() with an opener is not supported yet");
        }
        if (Files.isDirectory(fp)) {
            throw osError(21, "Is a directory", file);
        }
        FileChannel ch;
        try {
            ch = openChannel(fp, opts);
        } catch (NoSuchFileException e) {
            throw osError(2, "No such file or directory", file);
        } catch (AccessDeniedException | SecurityException e) {
            throw osError(13, "Permission denied", file);
        } catch (FileAlreadyExistsException e) {
            throw osError(17, "File exists", file);
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            if (reason.contains("Not a directory")) {
                throw osError(20, "Not a directory", file);
            }
            throw osError(Files.exists(fp) ? 13 : 2, Files.exists(fp) ? "Permission denied"
                    : "No such file or directory", file);
        } catch (IOException e) {
            throw osError(5, "Input/output error", file);
        }
        int fd = allocateFd();
        Handle h = new Handle(ch, fd);
        FDS.put(fd, h);
        return new FileIO(h, fd, file, readable, writable, a, x, true);
    }

    private static FileChannel openChannel(Path fp, Set<OpenOption> opts) throws IOException {
        try {
            return FileChannel.open(fp, opts);
        } catch (FileSystemException e) {
            if (!String.valueOf(e.getReason()).contains("Too many open files")) {
                throw e;
            }
            // Files the program dropped without closing are closed by their cleaners after a GC.
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            return FileChannel.open(fp, opts);
        }
    }

    /**
     * {@code os.open}: a descriptor for {@code fp} opened with POSIX {@code flags} (access mode,
     * O_CREAT, O_EXCL, O_TRUNC, O_APPEND); a file it creates gets {@code permissions}.
     */
    public static int openDescriptor(Path fp, int flags, Set<java.nio.file.attribute.PosixFilePermission> permissions)
            throws IOException {
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & 3;
        if (access != 1) {
            opts.add(StandardOpenOption.READ);
        }
        if (access != 0) {
            opts.add(StandardOpenOption.WRITE);
        }
        boolean create = (flags & 64) != 0;
        if (create && (flags & 128) != 0) {
            opts.add(StandardOpenOption.CREATE_NEW);
        } else if (create) {
            opts.add(StandardOpenOption.CREATE);
        }
        if ((flags & 512) != 0 && access != 0) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & 1024) != 0) {
            opts.add(StandardOpenOption.APPEND);
        }
        if ((flags & 131072) != 0) {
            opts.add(java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
        boolean existed = Files.exists(fp, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        FileChannel ch = openChannel(fp, opts);
        if (create && !existed) {
            try {
                Files.setPosixFilePermissions(fp, permissions);
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the default permissions stay
            }
        }
        int fd = allocateFd();
        FDS.put(fd, new Handle(ch, fd));
        return fd;
    }

    /** The channel behind a descriptor of 3 or more opened here, or null. */
    public static FileChannel descriptorChannel(int fd) {
        return descriptorStream(fd) instanceof FileChannel fc ? fc : null;
    }

    /**
     * A descriptor's channel held for a thread that copies between it and a child process: the
     * program may close its file meanwhile (the child keeps its copy of a descriptor in C), and
     * the channel is closed only when the lease is released too.
     */
    public static final class Lease {
        public final java.nio.channels.ByteChannel channel;
        private final Handle handle;

        private Lease(Handle handle) {
            this.handle = handle;
            this.channel = handle.channel;
        }

        public void release() throws IOException {
            handle.release();
        }
    }

    /** A lease on descriptor {@code fd} (3 or more), or null when it is not open. */
    public static Lease lease(int fd) {
        Handle h = FDS.get(fd);
        if (h == null) {
            return null;
        }
        synchronized (h) {
            if (h.closed) {
                return null;
            }
            h.users++;
        }
        return new Lease(h);
    }

    /** The channel behind a descriptor of 3 or more opened here (a file or a pipe), or null. */
    public static java.nio.channels.ByteChannel descriptorStream(int fd) {
        Handle h = FDS.get(fd);
        return h == null || h.closed ? null : h.channel;
    }

    /**
     * A raw file over one end of a child process's pipe ({@code subprocess}): it gets a
     * descriptor number like any file, reads return what the child has written so far, and
     * closing it closes the pipe (the child then sees the end of its input).
     */
    public static PyObject pipe(java.io.InputStream in, java.io.OutputStream out) {
        int fd;
        Handle h;
        synchronized (FileIO.class) {
            fd = allocateFd();
            h = new Handle(new PipeChannel(in, out), fd);
            FDS.put(fd, h);
        }
        return new FileIO(h, fd, PyInt.of(fd), in != null, out != null, false, false, true);
    }

    /** The seekable channel of a file, or ESPIPE for a pipe or a standard stream. */
    private FileChannel file() {
        if (handle != null && handle.channel instanceof FileChannel fc) {
            return fc;
        }
        throw osError(29, "Illegal seek", null);
    }

    /** {@code os.close}; false when the descriptor is not open. */
    public static boolean closeDescriptor(int fd) throws IOException {
        Handle h = FDS.get(fd);
        if (h == null) {
            return false;
        }
        h.close();
        return true;
    }

    private static synchronized int allocateFd() {
        int fd = 3;
        while (FDS.containsKey(fd)) {
            fd++;
        }
        return fd;
    }

    static PyException osError(int errno, String msg, PyObject file) {
        if (file != null && !(file instanceof PyStr || file instanceof PyBytes || file instanceof PyInt)) {
            file = PyStr.of(IoModule.fsPath(file)); // the path os.fspath() gives, as CPython reports it
        }
        PyObject[] args = file == null ? new PyObject[] {PyInt.of(errno), PyStr.of(msg)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(msg), file};
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OS_ERROR, args, null));
    }

    static PyException ioError(IOException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("No space left")) {
            return osError(28, "No space left on device", null);
        }
        if (m.contains("Broken pipe")) {
            return osError(32, "Broken pipe", null);
        }
        return osError(5, "Input/output error", null);
    }

    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    PyObject name() {
        return name;
    }

    /** Whether this is one of the process's standard streams (descriptors 0, 1, 2 through Console). */
    boolean isStd() {
        return handle == null;
    }

    int fd() {
        return fd;
    }

    private PyObject repr() {
        if (closed) {
            return PyStr.of("<_io.FileIO [closed]>");
        }
        return PyStr.of("<_io.FileIO name=" + Abstract.repr(name) + " mode='" + mode() + "' closefd="
                + (closefd ? "True" : "False") + ">");
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoBase.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoBase.unsupported("File not open for writing");
        }
    }

    // ---- ByteStream

    public int readInto(byte[] b, int off, int len) {
        checkReadable();
        if (len == 0) {
            return 0;
        }
        try {
            // Without the GIL: a thread blocked on a terminal or a pipe lets the others run. Only
            // the caller's array is written (Buffered lets one thread at a time fill its buffer).
            if (handle == null) {
                return Math.max(0, org.taipan.vm.ThreadState.blocking(() -> Console.readBytes(b, off, len)));
            }
            java.nio.channels.ByteChannel ch = handle.channel;
            int n = org.taipan.vm.ThreadState.blocking(() -> ch.read(ByteBuffer.wrap(b, off, len)));
            return Math.max(n, 0);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public void writeAll(byte[] b, int off, int len) {
        checkWritable();
        try {
            if (handle == null) {
                Console.writeBytes(fd, b, off, len);
                return;
            }
            ByteBuffer bb = ByteBuffer.wrap(b, off, len);
            java.nio.channels.ByteChannel ch = handle.channel;
            if (ch instanceof PipeChannel) {
                // A child that does not read fills the pipe: wait for it without the GIL.
                org.taipan.vm.ThreadState.blocking(() -> ch.write(bb));
                return;
            }
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public long seek(long pos, int whence) {
        checkOpen();
        FileChannel ch = file();
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> ch.position();
                case 2 -> ch.size();
                default -> throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            };
            if (base + pos < 0) {
                throw osError(22, "Invalid argument", null);
            }
            ch.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public long tell() {
        checkOpen();
        FileChannel ch = file();
        try {
            return ch.position();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    long truncate(long size) {
        checkWritable();
        if (handle == null || !(handle.channel instanceof FileChannel ch)) {
            throw osError(22, "Invalid argument", null);
        }
        try {
            long len = ch.size(), at = ch.position();
            if (size < len) {
                ch.truncate(size);
                ch.position(at);
            } else if (size > len) {
                ch.write(ByteBuffer.wrap(new byte[] {0}), size - 1);
            }
            return size;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    public void flush() {
        checkOpen();
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (handle != null && closefd) {
            try {
                handle.close();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }

    /** The handle a buffered writer above flushes into when both are dropped unclosed. */
    Handle handleForCleanup() {
        return closefd ? handle : null;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isReadable() {
        checkOpen();
        return readable;
    }

    public boolean isWritable() {
        checkOpen();
        return writable;
    }

    public boolean isSeekable() {
        checkOpen();
        return handle != null && handle.channel instanceof FileChannel;
    }

    boolean isTty() {
        checkOpen();
        return handle == null && Console.isTerminal(fd);
    }

    byte[] readAll() {
        checkReadable();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        while (true) {
            int n = readInto(chunk, 0, chunk.length);
            if (n <= 0) {
                return out.toByteArray();
            }
            out.write(chunk, 0, n);
        }
    }

    private static void methods(PyType t) {
        t.method("read", (self, a, start, kw) -> {
            FileIO f = (FileIO) self;
            long n = IoBase.sizeArg("read", a, start, kw);
            if (n < 0) {
                return new PyBytes(f.readAll());
            }
            f.checkReadable();
            byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 8)];
            int got = f.readInto(b, 0, b.length);
            return new PyBytes(got == b.length ? b : java.util.Arrays.copyOf(b, got));
        });
        t.method("readall", self -> new PyBytes(((FileIO) self).readAll()));
        t.method("readinto", (self, buf) -> PyInt.of(readIntoObject((ByteStream) self, buf)));
        t.method("write", (self, data) -> {
            byte[] b = IoBase.bytes(data);
            ((FileIO) self).writeAll(b, 0, b.length);
            return PyInt.of(b.length);
        });
        t.method("seek", (self, a, start, kw) -> {
            PyObject[] p = ArgParser.unpack("seek", 1, 2).bind(a, start, kw);
            return PyInt.of(((FileIO) self).seek(Seq.index(p[0]).longValue(),
                    p[1] == null ? 0 : (int) Seq.index(p[1]).longValue()));
        });
        t.method("tell", self -> PyInt.of(((FileIO) self).tell()));
        t.method("truncate", (self, a, start, kw) -> {
            FileIO f = (FileIO) self;
            PyObject[] p = ArgParser.unpack("truncate", 0, 1).bind(a, start, kw);
            long size = p[0] == null || p[0] == PyNone.INSTANCE ? f.tell() : Seq.index(p[0]).longValue();
            return PyInt.of(f.truncate(size));
        });
        t.method("close", self -> {
            ((FileIO) self).close();
            return PyNone.INSTANCE;
        });
        t.method("flush", self -> {
            ((FileIO) self).flush();
            return PyNone.INSTANCE;
        });
        t.method("fileno", self -> {
            ((FileIO) self).checkOpen();
            return PyInt.of(((FileIO) self).fd);
        });
        t.method("isatty", self -> PyBool.of(((FileIO) self).isTty()));
        t.method("readable", self -> PyBool.of(((FileIO) self).isReadable()));
        t.method("writable", self -> PyBool.of(((FileIO) self).isWritable()));
        t.method("seekable", self -> PyBool.of(((FileIO) self).isSeekable()));
        PyGetSetDescr.getter(t, "closed", self -> PyBool.of(((FileIO) self).closed));
        PyGetSetDescr.getter(t, "closefd", self -> PyBool.of(((FileIO) self).closefd));
        PyGetSetDescr.getter(t, "mode", self -> PyStr.of(((FileIO) self).mode()));
        PyGetSetDescr.getset(t, "name", self -> ((FileIO) self).name, (self, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
    }

    /** readinto(b) for a bytearray: fills it from the start; returns how many bytes came. */
    static int readIntoObject(ByteStream s, PyObject buf) {
        if (!(buf instanceof PyByteArray ba)) {
            throw Errors.typeError("readinto() argument must be read-write bytes-like object, not "
                    + buf.type().name());
        }
        byte[] tmp = new byte[ba.size()];
        int n = s.readInto(tmp, 0, tmp.length);
        if (n > 0) {
            Abstract.setItem(ba, new PySlice(PyInt.of(0), PyInt.of(n), PyNone.INSTANCE),
                    new PyBytes(java.util.Arrays.copyOf(tmp, n)));
        }
        return n;
    }
}
