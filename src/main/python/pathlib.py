"""Object-oriented filesystem paths (Taipan's own implementation).

PurePath and its POSIX and Windows flavours only compute with path strings; Path and
PosixPath also reach the file system through os. A path is (drive, root, tail), as parsed
by _pathlib_flavour; its string, parts and case-folded parts are derived when first asked."""

import errno
import fnmatch
import io
import os
import sys
from _collections_abc import Sequence
from stat import S_ISDIR, S_ISREG, S_ISLNK, S_ISBLK, S_ISCHR, S_ISFIFO, S_ISSOCK

import _pathlib_flavour as _fl

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# Errors that mean "not there" to exists(), is_dir() and the like.
_IGNORED_ERRNOS = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


def _ignore_error(exception):
    return getattr(exception, "errno", None) in _IGNORED_ERRNOS or getattr(exception, "winerror", None) in (21, 123, 1921)


class _PathParents(Sequence):
    """The logical ancestors of a path, nearest first."""

    __slots__ = ("_path", "_drv", "_root", "_tail")

    def __init__(self, path):
        self._path = path
        self._drv = path._drv
        self._root = path._root
        self._tail = path._tail

    def __len__(self):
        return len(self._tail)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._path._from_parsed(self._drv, self._root, self._tail[:-idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath:
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which don't imply any actual
    filesystem I/O. Depending on your system, instantiating a PurePath will return either a
    PurePosixPath or a PureWindowsPath object. You can also instantiate either of these
    classes directly, regardless of your system."""

    __slots__ = ("_drv", "_root", "_tail", "_str", "_hash", "_cached_cparts")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _strings(cls, args):
        out = []
        for a in args:
            if isinstance(a, PurePath):
                out.extend(a.parts)
                continue
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike object returning str, not %r"
                                % type(a))
            out.append(str(a))
        return out

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._drv, self._root, self._tail = _fl.parse(cls._flavour, cls._strings(args))
        return self

    @classmethod
    def _from_parsed(cls, drv, root, tail):
        self = object.__new__(cls)
        self._drv, self._root, self._tail = drv, root, tail
        return self

    def _from_parsed_like(self, drv, root, tail):
        return type(self)._from_parsed(drv, root, tail)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            anchor = self._drv + self._root
            body = self._flavour.sep.join(self._tail)
            self._str = (anchor + body) or "."
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/) slashes."""
        return str(self).replace(self._flavour.sep, "/")

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only recommended to use under
        Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        drv = self._drv
        if self._flavour is _fl.posix:
            return "file://" + _quote(os.fsencode(str(self)))
        path = self.as_posix()
        if len(drv) == 2 and drv[1] == ":":
            return "file:///" + drv + _quote(path[2:].encode("utf-8"))
        return "file:" + _quote(path.encode("utf-8"))

    @property
    def _cparts(self):
        try:
            return self._cached_cparts
        except AttributeError:
            self._cached_cparts = self._flavour.casefold_parts(list(self.parts))
            return self._cached_cparts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    drive = property(lambda self: self._drv, doc="The drive prefix (letter or UNC path), if any.")
    root = property(lambda self: self._root, doc="The root of the path, if any.")

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def parts(self):
        """An object providing sequence-like access to the components in the filesystem path."""
        anchor = self._drv + self._root
        return (anchor,) + tuple(self._tail) if anchor else tuple(self._tail)

    @property
    def name(self):
        """The final path component, if any."""
        return self._tail[-1] if self._tail else ""

    @property
    def suffix(self):
        """The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'"""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        """A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']"""
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + suffix for suffix in name.split(".")[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, tail = _fl.parse(self._flavour, [name])
        if (not name or name[-1] in (self._flavour.sep, self._flavour.altsep or self._flavour.sep)
                or drv or root or len(tail) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_like(self._drv, self._root, self._tail[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path has no suffix, add given
        suffix.  If the given suffix is an empty string, remove the suffix from the path."""
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith(".") or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name[:-len(old)] + suffix if old else name + suffix
        return self._from_parsed_like(self._drv, self._root, self._tail[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed arguments.  If the
        operation is not possible (because this is not a subpath of the other path), raise
        ValueError."""
        if not other:
            raise TypeError("need at least one argument")
        to = type(self)._from_parts(other)

        def anchored(p):
            return ([p._drv, p._root] if p._root else [p._drv] if p._drv else []) + p._tail
        mine, theirs = anchored(self), anchored(to)
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if (self._drv or self._root) if n == 0 else cf(mine[:n]) != cf(theirs):
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative and the other is absolute."
                             .format(str(self), str(to)))
        rest = mine[n:]
        if n == 1 and self._root:
            return self._from_parsed_like("", self._root, rest[1:])
        return self._from_parsed_like("", "", rest)

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a new path representing
        either a subpath (if all arguments are relative paths) or a totally different path (if
        one of the arguments is anchored)."""
        drv2, root2, tail2 = _fl.parse(self._flavour, self._strings(args))
        drv, root, tail = self._flavour.join_anchored(self._drv, self._root, self._tail, drv2, root2, tail2)
        return self._from_parsed_like(drv, root, tail)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._from_parts((key, self))
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._tail:
            return self
        return self._from_parsed_like(self._drv, self._root, self._tail[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable, a drive)."""
        if self._flavour is _fl.posix:
            return bool(self._root)
        return bool(self._drv and self._root)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved by the system, if
        any."""
        return self._flavour.is_reserved(self._tail, self._drv, self._root)

    def match(self, path_pattern):
        """Return True if this path matches the given pattern."""
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_tail = _fl.parse(self._flavour, [path_pattern])
        pat_parts = ([drv + root] if drv or root else []) + pat_tail
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != cf(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object. However, you can
    also instantiate it directly on any system."""
    _flavour = _fl.posix
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object. However, you can
    also instantiate it directly on any system."""
    _flavour = _fl.windows
    __slots__ = ()


_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _quote(data):
    """Percent-encoding of a URI path (what urllib.parse.quote_from_bytes does with safe='/')."""
    return "".join(chr(b) if b in _SAFE else "%%%02X" % b for b in data)


from _pathlib_path import Path, PosixPath, WindowsPath  # noqa: E402
