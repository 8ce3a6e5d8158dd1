"""Operating-system interfaces (Taipan's os, over the Java module posix).

The everyday parts of Python 3.11's os: environ/getenv/putenv, getcwd/chdir, listdir,
scandir, walk, mkdir/makedirs/remove/rmdir/rename/replace, stat, fspath/PathLike, getpid,
urandom, cpu_count, _exit; os.path is posixpath. See README "Differences from CPython".
"""

import abc as _abc
import sys

import posix
from posix import (getcwd, chdir, listdir, mkdir, rmdir, unlink, remove, rename, replace,
                   readlink, symlink, chmod, access, getpid, getppid, urandom, strerror,
                   umask, _exit, open, close, read, write, lseek, fsync, ftruncate)

_names = sys.builtin_module_names
name = "posix"
linesep = "\n"
sep = "/"
altsep = None
pathsep = ":"
curdir = "."
pardir = ".."
extsep = "."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0, 1, 2, 1024, 64, 128, 512
O_ACCMODE, O_NOCTTY, O_NONBLOCK, O_NDELAY, O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC = 3, 256, 2048, 2048, 65536, 131072, 524288
O_SYNC, O_DSYNC, O_NOATIME, O_PATH = 1052672, 4096, 262144, 2097152
TMP_MAX = 238328

import posixpath as path  # noqa: E402

sys.modules["os.path"] = path

supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()


def cpu_count():
    """The number of processors the JVM may use."""
    return posix.cpu_count()


def getcwdb():
    return getcwd().encode("utf-8", "surrogateescape")


# ---- paths

def fspath(path):
    """The str or bytes of a path (calls __fspath__ on os.PathLike objects)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


# ---- stat

class stat_result(tuple):
    """stat_result: Result from stat, fstat, or lstat."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
               "st_atime", "st_mtime", "st_ctime")

    def __new__(cls, seq, extra=None):
        seq = tuple(seq)
        if len(seq) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:10])
        self._extra = extra or {}
        return self

    def __repr__(self):
        return "os.stat_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self), self._extra))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra.get("st_atime", self[7]))
    st_mtime = property(lambda self: self._extra.get("st_mtime", self[8]))
    st_ctime = property(lambda self: self._extra.get("st_ctime", self[9]))
    st_atime_ns = property(lambda self: self._extra.get("st_atime_ns"))
    st_mtime_ns = property(lambda self: self._extra.get("st_mtime_ns"))
    st_ctime_ns = property(lambda self: self._extra.get("st_ctime_ns"))
    st_blksize = property(lambda self: self._extra.get("st_blksize"))
    st_blocks = property(lambda self: self._extra.get("st_blocks"))
    st_rdev = property(lambda self: self._extra.get("st_rdev"))


stat_result.__module__ = "os"


def _make_stat(raw):
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, rdev = raw
    extra = {
        "st_atime": atime / 1e9, "st_mtime": mtime / 1e9, "st_ctime": ctime / 1e9,
        "st_atime_ns": atime, "st_mtime_ns": mtime, "st_ctime_ns": ctime,
        "st_blksize": 4096, "st_blocks": (size + 511) // 512, "st_rdev": rdev,
    }
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime // 1000000000, mtime // 1000000000, ctime // 1000000000), extra)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return _make_stat(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Perform a stat system call on the given path, without following symbolic links."""
    return _make_stat(posix._stat(path, False))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if ns is not None:
        if times is not None:
            raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
        times = (ns[0] / 1e9, ns[1] / 1e9)
    posix.utime(path, times)


# ---- directories

class DirEntry:
    """An entry of os.scandir(): name, path, is_dir(), is_file(), is_symlink(), stat()."""

    __slots__ = ("name", "path", "_kind", "_stat", "_lstat")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            return path.isdir(self.path)
        return self._kind == 1

    def is_file(self, *, follow_symlinks=True):
        if self._kind == 3 and follow_symlinks:
            return path.isfile(self.path)
        return self._kind == 2

    def is_symlink(self):
        return self._kind == 3

    def is_junction(self):
        return False

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    __slots__ = ("_entries", "_closed")

    def __init__(self, entries):
        self._entries = iter(entries)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        return next(self._entries)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory path."""
    if path is None:
        path = "."
    top = fspath(path)
    raw = posix._scandir(top)
    entries = []
    for name, kind in raw:
        e = object.__new__(DirEntry)
        e.name = name
        e.path = _join(top, name)
        e._kind = kind
        e._stat = None
        e._lstat = None
        entries.append(e)
    return _ScandirIterator(entries)


def _join(top, name):
    if isinstance(top, bytes):
        return top + name if top.endswith(b"/") else top + b"/" + name
    return top + name if top.endswith("/") else top + "/" + name


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and any missing parents (exist_ok: no error when it exists)."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, creating the new parents and removing the emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every directory below it; top-down,
    the caller may prune dirnames in place."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    try:
        with scandir(top) as it:
            entries = list(it)
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = []
    files = []
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else files).append(entry.name)
    if topdown:
        yield top, dirs, files
    below = list(dirs)
    for name in (dirs if topdown else below):
        sub = path.join(top, name)
        if followlinks or not path.islink(sub):
            yield from _walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


# ---- the environment

class _Environ(dict):
    """os.environ: the process's variables at start-up, as a dict of str. Changes are seen by
    getenv in this process only (a JVM cannot change its own environment)."""

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self.items())

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new


environ = _Environ(posix.environ)


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    """Records key=value in os.environ (there are no child processes to pass it to)."""
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


class uname_result(tuple):
    _fields = ("sysname", "nodename", "release", "version", "machine")

    def __repr__(self):
        return "posix.uname_result(" + ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._fields, self)) + ")"

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


def uname():
    return uname_result(posix.uname())


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


class terminal_size(tuple):
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)
