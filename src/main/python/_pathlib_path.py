"""pathlib's concrete paths: Path, PosixPath and WindowsPath, which reach the file system
through os, and the selectors behind glob() (Taipan's own implementation)."""

import fnmatch
import io
import os
import re
import sys
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

from pathlib import PurePath, PurePosixPath, PureWindowsPath, _ignore_error


def _is_wildcard(pattern):
    return "*" in pattern or "?" in pattern or "[" in pattern


class _Selector:
    """One step of a glob pattern; the steps after it are its successor."""

    def __init__(self, child_parts, flavour):
        self.child_parts = child_parts
        if child_parts:
            self.successor = _make_selector(child_parts, flavour)
            self.dironly = True
        else:
            self.successor = _TerminatingSelector()
            self.dironly = False

    def select_from(self, parent_path):
        if not parent_path.is_dir():
            return iter([])
        return self._select_from(parent_path)


class _TerminatingSelector:
    def _select_from(self, parent_path):
        yield parent_path


class _PreciseSelector(_Selector):
    def __init__(self, name, child_parts, flavour):
        self.name = name
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            path = parent_path._child(self.name)
            if (path.is_dir() if self.dironly else path.exists()):
                yield from self.successor._select_from(path)
        except PermissionError:
            return


class _WildcardSelector(_Selector):
    def __init__(self, pat, child_parts, flavour):
        flags = re.IGNORECASE if flavour is not PurePosixPath._flavour else 0
        self.match = re.compile(fnmatch.translate(pat), flags).fullmatch
        _Selector.__init__(self, child_parts, flavour)

    def _select_from(self, parent_path):
        try:
            with os.scandir(parent_path) as scandir_it:
                entries = list(scandir_it)
            for entry in entries:
                if self.dironly:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError as e:
                        if not _ignore_error(e):
                            raise
                        continue
                name = entry.name
                if self.match(name):
                    yield from self.successor._select_from(parent_path._child(name))
        except PermissionError:
            return


class _RecursiveWildcardSelector(_Selector):
    """'**': the directory itself and every directory below it (not through symbolic links)."""

    def _iterate_directories(self, parent_path):
        yield parent_path
        try:
            with os.scandir(parent_path) as scandir_it:
                entries = list(scandir_it)
            for entry in entries:
                entry_is_dir = False
                try:
                    entry_is_dir = entry.is_dir()
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                if entry_is_dir and not entry.is_symlink():
                    yield from self._iterate_directories(parent_path._child(entry.name))
        except PermissionError:
            return

    def _select_from(self, parent_path):
        try:
            yielded = set()
            try:
                successor_select = self.successor._select_from
                for starting_point in self._iterate_directories(parent_path):
                    for p in successor_select(starting_point):
                        if p not in yielded:
                            yield p
                            yielded.add(p)
            finally:
                yielded.clear()
        except PermissionError:
            return


def _make_selector(pattern_parts, flavour):
    pat = pattern_parts[0]
    child_parts = pattern_parts[1:]
    if not pat:
        return _TerminatingSelector()
    if pat == "**":
        return _RecursiveWildcardSelector(child_parts, flavour)
    if "**" in pat:
        raise ValueError("Invalid pattern: '**' can only be an entire path component")
    if _is_wildcard(pat):
        return _WildcardSelector(pat, child_parts, flavour)
    return _PreciseSelector(pat, child_parts, flavour)


class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers methods to do system
    calls on path objects. Depending on your system, instantiating a Path will return either
    a PosixPath or a WindowsPath object. You can also instantiate a PosixPath or WindowsPath
    directly, but cannot instantiate a WindowsPath on a POSIX system or vice versa."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _child(self, name):
        return self._from_parsed_like(self._drv, self._root, self._tail + [name])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in Python 3.13; "
                      "Path objects as a context manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as returned by
        os.path.expanduser('~'))."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file (as returned by
        os.path.samefile())."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = os.stat(other_path)
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents.

        The children are yielded in arbitrary order, and the special entries '.' and '..' are
        not included."""
        for name in os.listdir(self):
            yield self._child(name)

    def _glob_parts(self, pattern):
        drv, root, tail = __import__("_pathlib_flavour").parse(self._flavour, [pattern])
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep):
            tail.append("")
        return tail

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any kind, including
        directories) matching the given relative pattern."""
        sys.audit("pathlib.Path.glob", self, pattern)
        tail = self._glob_parts(pattern)
        if not tail:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        selector = _make_selector(tuple(tail), self._flavour)
        for p in selector.select_from(self):
            yield p

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including directories) matching
        the given relative pattern, anywhere in this subtree."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        tail = self._glob_parts(pattern)
        selector = _make_selector(("**",) + tuple(tail), self._flavour)
        for p in selector.select_from(self):
            yield p

    def absolute(self):
        """Return an absolute version of this path by prepending the current working directory.
        No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd(), self])

    def resolve(self, strict=False):
        """Make the path absolute, resolving all symlinks on the way and also normalizing it."""
        def check_eloop(e):
            winerror = getattr(e, "winerror", 0)
            if e.errno == 40 or winerror == 1921:
                raise RuntimeError("Symlink loop from %r" % e.filename)
        try:
            s = os.path.realpath(self, strict=strict)
        except OSError as e:
            check_eloop(e)
            raise
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                check_eloop(e)
        return p

    def stat(self, *, follow_symlinks=True):
        """Return the result of the stat() system call on this path, like os.stat() does."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        """Return the login name of the file owner."""
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        """Return the group name of the file gid."""
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file pointed by this path and return a file object, as the built-in open()
        function does."""
        if "b" not in mode and hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """Open the file in bytes mode, read it, and close the file."""
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """Open the file in text mode, read it, and close the file."""
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        with self.open(mode="r", encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Open the file in bytes mode, write to it, and close the file."""
        view = memoryview(data)
        with self.open(mode="wb") as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Open the file in text mode, write to it, and close the file."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """Return the path to which the symbolic link points."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create this file with the given access mode, if it doesn't exist."""
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a new directory at this given path."""
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path, like os.chmod()."""
        os.chmod(self, mode)

    def lchmod(self, mode):
        """Like chmod(), except if the path points to a symlink, the symlink's permissions are
        changed, rather than its target's."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link.  If the path is a directory, use rmdir() instead."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this directory.  The directory must be empty."""
        os.rmdir(self)

    def lstat(self):
        """Like stat(), except if the path points to a symlink, the symlink's status information
        is returned, rather than its target's."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename this path to the target path (returned as a new Path instance)."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename this path to the target path, overwriting if that path exists (returned as a
        new Path instance)."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symlink pointing to the target path."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link pointing to the same file as *target*."""
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        """Make the target path a hard link pointing to this path (deprecated)."""
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in Python 3.12. "
                      "Use pathlib.Path.hardlink_to() instead.", DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    def _mode(self, follow=True):
        """The st_mode, or None when the path cannot be stat'ed for a reason exists() ignores."""
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """Whether this path exists."""
        return self._mode() is not None

    def is_dir(self):
        """Whether this path is a directory."""
        m = self._mode()
        return m is not None and S_ISDIR(m)

    def is_file(self):
        """Whether this path is a regular file (also True for symlinks pointing to regular
        files)."""
        m = self._mode()
        return m is not None and S_ISREG(m)

    def is_mount(self):
        """Check if this path is a POSIX mount point"""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        dev = self.stat().st_dev
        if dev != parent_dev:
            return True
        return self.stat().st_ino == self.parent.stat().st_ino

    def is_symlink(self):
        """Whether this path is a symbolic link."""
        m = self._mode(follow=False)
        return m is not None and S_ISLNK(m)

    def is_block_device(self):
        """Whether this path is a block device."""
        m = self._mode()
        return m is not None and S_ISBLK(m)

    def is_char_device(self):
        """Whether this path is a character device."""
        m = self._mode()
        return m is not None and S_ISCHR(m)

    def is_fifo(self):
        """Whether this path is a FIFO."""
        m = self._mode()
        return m is not None and S_ISFIFO(m)

    def is_socket(self):
        """Whether this path is a socket."""
        m = self._mode()
        return m is not None and S_ISSOCK(m)

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs (as returned by
        os.path.expanduser)"""
        if not (self._drv or self._root) and self._tail and self._tail[0][:1] == "~":
            homedir = os.path.expanduser(self._tail[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._tail[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object."""
    __slots__ = ()
