package org.taipan.modules.os;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.taipan.objects.Abstract;
import org.taipan.objects.ArgParser;
import org.taipan.objects.Errors;
import org.taipan.objects.ExceptionTypes;
import org.taipan.objects.PyBaseException;
import org.taipan.objects.PyBool;
import org.taipan.objects.PyBytes;
import org.taipan.objects.PyDict;
import org.taipan.objects.PyException;
import org.taipan.objects.PyFloat;
import org.taipan.objects.PyInt;
import org.taipan.objects.PyList;
import org.taipan.objects.PyModule;
import org.taipan.objects.PyNone;
import org.taipan.objects.PyObject;
import org.taipan.objects.PyStr;
import org.taipan.objects.PyTuple;
import org.taipan.objects.Seq;

/**
 * {@code posix}: the operating-system calls under {@code os} (written in Python), done with
 * java.nio.file. Paths are str (bytes are decoded as UTF-8, and names come back as bytes for a
 * bytes argument); relative paths are taken from {@link Cwd}.
 */
public final class PosixModule {
    private static final ArgParser ARGS_0 = ArgParser.clinic("getcwd", "");
    private static final ArgParser ARGS_1 = ArgParser.clinic("stat", "path, follow_symlinks");
    private static final ArgParser ARGS_2 = ArgParser.clinic("listdir", "path=None");
    private static final ArgParser ARGS_3 = ArgParser.clinic("mkdir", "path, mode=511, *, dir_fd=None");
    private static final ArgParser ARGS_4 = ArgParser.clinic("rename", "src, dst");
    private static final ArgParser ARGS_5 = ArgParser.clinic("replace", "src, dst");
    private static final ArgParser ARGS_6 = ArgParser.clinic("symlink", "src, dst, target_is_directory=False");
    private static final ArgParser ARGS_7 = ArgParser.clinic("chmod", "path, mode");
    private static final ArgParser ARGS_8 = ArgParser.clinic("access", "path, mode");
    private static final ArgParser ARGS_9 = ArgParser.clinic("utime", "path, times=None");
    private PosixModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("posix", new PyDict());
        m.builtin = true;
        m.def("getcwd", (self, args, start, kw) -> {
            ARGS_0.bind(args, start, kw);
            return PyStr.of(Cwd.get().toString());
        });
        m.def("chdir", (self, path) -> {
            Path p = arg(path, "chdir", "path", true, false).normalize();
            if (!Files.exists(p)) {
                throw osError(2, path, null);
            }
            if (!Files.isDirectory(p)) {
                throw osError(20, path, null);
            }
            Cwd.set(p);
            return PyNone.INSTANCE;
        });
        m.def("_stat", (self, args, start, kw) -> {
            PyObject[] a = ARGS_1.bind(args, start, kw);
            boolean follow = Abstract.isTrue(a[1]);
            arg(a[0], follow ? "stat" : "lstat", "path", follow, false);
            return stat(a[0], follow);
        });
        m.def("listdir", (self, args, start, kw) -> {
            PyObject[] a = ARGS_2.bind(args, start, kw);
            PyObject arg = a[0] == null || a[0] == PyNone.INSTANCE ? PyStr.of(".") : a[0];
            arg(arg, "listdir", "path", true, true);
            boolean bytes = arg instanceof PyBytes;
            List<PyObject> out = new ArrayList<>();
            for (String[] e : list(arg)) {
                out.add(name(e[0], bytes));
            }
            return PyList.wrap(out.toArray(new PyObject[0]));
        });
        m.def("_scandir", (self, path) -> {
            arg(path, "scandir", "path", true, true);
            boolean bytes = path instanceof PyBytes;
            List<PyObject> out = new ArrayList<>();
            for (String[] e : list(path)) {
                out.add(PyTuple.of(name(e[0], bytes), PyInt.of(Integer.parseInt(e[1]))));
            }
            return PyList.wrap(out.toArray(new PyObject[0]));
        });
        m.def("mkdir", (self, args, start, kw) -> {
            PyObject[] a = ARGS_3.bind(args, start, kw);
            Path p = arg(a[0], "mkdir", "path", false, false);
            try {
                Files.createDirectory(p);
                if (a[1] != null) {
                    chmod(p, (int) Seq.asSsize(a[1]) & ~umask());
                }
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.INSTANCE;
        });
        m.def("rmdir", (self, path) -> {
            Path p = arg(path, "rmdir", "path", false, false);
            try {
                if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw Files.exists(p, LinkOption.NOFOLLOW_LINKS) ? osError(20, path, null) : osError(2, path, null);
                }
                Files.delete(p);
            } catch (IOException e) {
                throw osError(e, path, null);
            }
            return PyNone.INSTANCE;
        });
        BuiltinUnlink unlink = (name, path) -> {
            Path p = arg(path, name, "path", false, false);
            try {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(21, path, null);
                }
                Files.delete(p);
            } catch (IOException e) {
                throw osError(e, path, null);
            }
            return PyNone.INSTANCE;
        };
        m.def("unlink", (self, path) -> unlink.call("unlink", path));
        m.def("remove", (self, path) -> unlink.call("remove", path));
        m.def("rename", (self, args, start, kw) -> {
            PyObject[] a = ARGS_4.bind(args, start, kw);
            arg(a[0], "rename", "src", false, false);
            arg(a[1], "rename", "dst", false, false);
            return move(a[0], a[1]);
        });
        m.def("replace", (self, args, start, kw) -> {
            PyObject[] a = ARGS_5.bind(args, start, kw);
            arg(a[0], "replace", "src", false, false);
            arg(a[1], "replace", "dst", false, false);
            return move(a[0], a[1]);
        });
        m.def("readlink", (self, path) -> {
            try {
                Path target = Files.readSymbolicLink(path(path));
                return name(target.toString(), path instanceof PyBytes);
            } catch (NotLinkException e) {
                throw osError(22, path, null);
            } catch (IOException e) {
                throw osError(e, path, null);
            }
        });
        m.def("symlink", (self, args, start, kw) -> {
            PyObject[] a = ARGS_6.bind(args, start, kw);
            try {
                Files.createSymbolicLink(path(a[1]), Path.of(fsPath(a[0])));
            } catch (IOException e) {
                throw osError(e, a[0], a[1]);
            }
            return PyNone.INSTANCE;
        });
        m.def("chmod", (self, args, start, kw) -> {
            PyObject[] a = ARGS_7.bind(args, start, kw);
            Path p = path(a[0]);
            if (!Files.exists(p)) {
                throw osError(2, a[0], null);
            }
            try {
                chmod(p, (int) Seq.asSsize(a[1]));
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.INSTANCE;
        });
        m.def("access", (self, args, start, kw) -> {
            PyObject[] a = ARGS_8.bind(args, start, kw);
            Path p = path(a[0]);
            int mode = (int) Seq.asSsize(a[1]);
            boolean ok = Files.exists(p);
            if (ok && (mode & 4) != 0) {
                ok = Files.isReadable(p);
            }
            if (ok && (mode & 2) != 0) {
                ok = Files.isWritable(p);
            }
            if (ok && (mode & 1) != 0) {
                ok = Files.isExecutable(p);
            }
            return PyBool.of(ok);
        });
        m.def("utime", (self, args, start, kw) -> {
            PyObject[] a = ARGS_9.bind(args, start, kw);
            Path p = path(a[0]);
            try {
                FileTime at, mt;
                if (a[1] == null || a[1] == PyNone.INSTANCE) {
                    at = mt = FileTime.fromMillis(System.currentTimeMillis());
                } else {
                    PyObject[] t = org.taipan.objects.Iter.unpack(a[1], 2);
                    at = seconds(t[0]);
                    mt = seconds(t[1]);
                }
                Files.setAttribute(p, "basic:lastAccessTime", at);
                Files.setLastModifiedTime(p, mt);
            } catch (IOException e) {
                throw osError(e, a[0], null);
            }
            return PyNone.INSTANCE;
        });
        m.def("getpid", (self, args, start, kw) -> PyInt.of(ProcessHandle.current().pid()));
        m.def("getppid", (self, args, start, kw) ->
                PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        m.def("cpu_count", (self, args, start, kw) -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        m.def("urandom", (self, n) -> new PyBytes(urandom((int) Seq.asSsize(n))));
        m.def("_exit", (self, status) -> {
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt((int) Seq.asSsize(status));
            return PyNone.INSTANCE;
        });
        m.def("strerror", (self, code) -> PyStr.of(strerror((int) Seq.asSsize(code))));
        m.def("umask", (self, mask) -> {
            int old = umask;
            umask = (int) Seq.asSsize(mask);
            return PyInt.of(old);
        });
        m.def("uname", (self, args, start, kw) -> {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "localhost";
            }
            String arch = System.getProperty("os.arch");
            // Linux tells the kernel's own strings in /proc; the JVM knows only the release.
            return PyTuple.of(PyStr.of(System.getProperty("os.name")), PyStr.of(kernelInfo("hostname", host)),
                    PyStr.of(kernelInfo("osrelease", System.getProperty("os.version"))),
                    PyStr.of(kernelInfo("version", "#1")), PyStr.of(arch.equals("amd64") ? "x86_64" : arch));
        });
        PyDict env = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            env.setItem(PyStr.of(e.getKey()), PyStr.of(e.getValue()));
        }
        m.set("environ", env);
        Descriptors.define(m);
        // shutil.disk_usage: (total, used, free) as statvfs gives them (free = available to the user)
        m.def("_disk_usage", (self, path) -> {
            Path p = arg(path, "disk_usage", "path", false, false);
            try {
                java.nio.file.FileStore fs = Files.getFileStore(p);
                long total = fs.getTotalSpace();
                return PyTuple.of(PyInt.of(total), PyInt.of(total - fs.getUnallocatedSpace()),
                        PyInt.of(fs.getUsableSpace()));
            } catch (IOException e) {
                throw osError(e, path, null);
            }
        });
        return m;
    }

    /** /proc/sys/kernel/NAME without its newline, or {@code fallback} where there is none. */
    private static String kernelInfo(String name, String fallback) {
        try {
            String v = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel", name)).strip();
            return v.isEmpty() ? fallback : v;
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    private interface BuiltinUnlink {
        PyObject call(String name, PyObject path);
    }

    private static int umask = 0022;

    static int umask() {
        return umask;
    }

    private static FileTime seconds(PyObject v) {
        double s = v instanceof PyFloat f ? f.value() : Seq.asSsize(v);
        return FileTime.from((long) Math.floor(s * 1e9), TimeUnit.NANOSECONDS);
    }

    private static void chmod(Path p, int mode) throws IOException {
        Files.setPosixFilePermissions(p, permissions(mode));
    }

    /** The permission bits of a mode as java.nio's set. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int k = 0; k < 9; k++) {
            if ((mode & (1 << k)) != 0) {
                perms.add(order[k]);
            }
        }
        return perms;
    }

    private static byte[] urandom(int n) {
        if (n < 0) {
            throw Errors.valueError("negative argument not allowed");
        }
        byte[] b = new byte[n];
        try (InputStream in = Files.newInputStream(Path.of("/dev/urandom"))) {
            int off = 0;
            while (off < n) {
                int r = in.read(b, off, n - off);
                if (r < 0) {
                    throw new IOException("eof");
                }
                off += r;
            }
        } catch (IOException e) {
            new java.security.SecureRandom().nextBytes(b);
        }
        return b;
    }

    /** The str of a path argument (str, bytes or os.PathLike). */
    static String fsPath(PyObject file) {
        if (file instanceof PyStr s) {
            return s.value();
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

    /** A path argument, with CPython's TypeError naming the function, parameter and accepted types. */
    static Path arg(PyObject file, String func, String param, boolean fd, boolean none) {
        if (!(file instanceof PyStr || file instanceof PyBytes) && file.type().lookup("__fspath__") == null) {
            if (fd && file instanceof PyInt) {
                throw osError(9, null, null);
            }
            String kinds = fd ? none ? "string, bytes, os.PathLike, integer or None" : "string, bytes, os.PathLike or integer"
                    : none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
            throw Errors.typeError(func + ": " + param + " should be " + kinds + ", not " + file.type().name());
        }
        return path(file);
    }

    private static Path path(PyObject file) {
        String s = fsPath(file);
        if (s.indexOf('\0') >= 0) {
            throw Errors.valueError("embedded null byte");
        }
        try {
            return Cwd.resolve(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
    }

    private static PyObject name(String s, boolean bytes) {
        return bytes ? new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : PyStr.of(s);
    }

    /** Entries of a directory: name and kind (1 dir, 2 file, 3 symlink, 0 other). */
    private static List<String[]> list(PyObject arg) {
        Path p = path(arg);
        List<String[]> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path e : ds) {
                int kind = Files.isSymbolicLink(e) ? 3 : Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) ? 1
                        : Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS) ? 2 : 0;
                out.add(new String[] {e.getFileName().toString(), Integer.toString(kind)});
            }
        } catch (NotDirectoryException e) {
            throw osError(20, arg, null);
        } catch (IOException e) {
            throw osError(e, arg, null);
        }
        return out;
    }

    private static PyObject move(PyObject src, PyObject dst) {
        Path s = path(src), d = path(dst);
        try {
            if (!Files.exists(s, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(2, src, dst);
            }
            if (Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(21, src, dst);
            }
            if (Files.isDirectory(s, LinkOption.NOFOLLOW_LINKS) && Files.exists(d, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(20, src, dst);
            }
            Files.move(s, d, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw osError(e, src, dst);
        }
        return PyNone.INSTANCE;
    }

    private static PyObject stat(PyObject arg, boolean follow) {
        Path p = path(arg);
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p,
                    "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,lastModifiedTime,ctime,rdev", opts);
            return PyTuple.of(PyInt.of(((Number) a.get("mode")).longValue()), PyInt.of(((Number) a.get("ino")).longValue()),
                    PyInt.of(((Number) a.get("dev")).longValue()), PyInt.of(((Number) a.get("nlink")).longValue()),
                    PyInt.of(((Number) a.get("uid")).longValue()), PyInt.of(((Number) a.get("gid")).longValue()),
                    PyInt.of(((Number) a.get("size")).longValue()), nanos(a.get("lastAccessTime")),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")),
                    PyInt.of(((Number) a.get("rdev")).longValue()));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw osError(38, arg, null);
        } catch (IOException e) {
            throw osError(e, arg, null);
        }
    }

    private static PyObject nanos(Object t) {
        FileTime ft = (FileTime) t;
        java.time.Instant i = ft.toInstant();
        return PyInt.of(java.math.BigInteger.valueOf(i.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(i.getNano())));
    }

    static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 28 -> "No space left on device";
            case 36 -> "File name too long";
            case 38 -> "Function not implemented";
            case 39 -> "Directory not empty";
            case 40 -> "Too many levels of symbolic links";
            default -> "Unknown error " + errno;
        };
    }

    static PyException osError(int errno, PyObject file, PyObject file2) {
        file = filename(file);
        file2 = filename(file2);
        PyObject[] args;
        if (file2 != null) {
            args = new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), file, PyNone.INSTANCE, file2};
        } else if (file != null) {
            args = new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), file};
        } else {
            args = new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))};
        }
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OS_ERROR, args, null));
    }

    /** An error's filename is the path as os.fspath() gives it, as CPython's path converter keeps it. */
    private static PyObject filename(PyObject file) {
        if (file == null || file instanceof PyStr || file instanceof PyBytes || file instanceof PyInt) {
            return file;
        }
        PyObject fspath = file.type().lookup("__fspath__");
        return fspath == null ? file : Abstract.callBound(fspath, file);
    }

    static PyException osError(IOException e, PyObject file, PyObject file2) {
        int errno;
        if (e instanceof NoSuchFileException) {
            errno = 2;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = 17;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = 39;
        } else if (e instanceof AccessDeniedException) {
            errno = 13;
        } else if (e instanceof NotDirectoryException) {
            errno = 20;
        } else if (e instanceof FileSystemException fe) {
            String r = String.valueOf(fe.getReason());
            errno = r.contains("Not a directory") ? 20 : r.contains("Is a directory") ? 21
                    : r.contains("not empty") ? 39 : r.contains("cross-device") ? 18
                    : r.contains("Too many levels") ? 40 : r.contains("name too long") ? 36
                    : r.contains("Operation not permitted") ? 1 : 5;
        } else {
            errno = 5;
        }
        return osError(errno, file, file2);
    }
}
