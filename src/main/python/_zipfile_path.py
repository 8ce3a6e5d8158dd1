"""zipfile.Path: pathlib-like navigation inside a ZIP archive, with the directories that the
members' names imply."""

import io
import pathlib
import posixpath

from zipfile import ZipFile


def _parent_dirs(name):
    """'a/b/c' -> 'a/b/', 'a/' (each ancestor directory, nearest first)."""
    name = name.rstrip('/')
    while True:
        name = posixpath.dirname(name)
        if not name:
            return
        yield name + '/'


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist() also names the directories its members imply."""

    def _implied_dirs(self, names):
        known = set(names)
        found = []
        for name in names:
            for parent in _parent_dirs(name):
                if parent not in known:
                    known.add(parent)
                    found.append(parent)
        return found

    def namelist(self):
        names = super().namelist()
        return names + self._implied_dirs(names)

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name + '/' when only the directory of that name exists."""
        names = self._name_set()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            from zipfile import ZipInfo
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        # An open ZipFile becomes one of these (reading only: names may still change).
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source


class FastLookup(CompleteDirs):
    """CompleteDirs that computes the names once (for archives opened for reading)."""

    def namelist(self):
        try:
            return self.__names
        except AttributeError:
            self.__names = super().namelist()
            return self.__names

    def _name_set(self):
        try:
            return self.__lookup
        except AttributeError:
            self.__lookup = set(self.namelist())
            return self.__lookup


class Path:
    """A file or directory in a ZIP archive: Path(archive, at='dir/file.txt')."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member as a text stream (mode 'r'/'w') or a binary one ('rb'/'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args:
            encoding, args = args[0], args[1:]
        else:
            encoding = kwargs.pop('encoding', None)
        return io.TextIOWrapper(stream, io.text_encoding(encoding), *args, **kwargs)

    @property
    def name(self):
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as strm:
            return strm.read()

    def read_bytes(self):
        with self.open('rb') as strm:
            return strm.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
