"""Path names matching shell patterns: ``glob('src/*.py')``, ``**`` for any depth of directories.

Names are listed in the order the directory gives them (not sorted); names starting with a
dot match only patterns that start with one, unless include_hidden.
"""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile('([*?[])')
_MAGIC_BYTES = re.compile(b'([*?[])')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of existing paths that match pathname."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths that match pathname, one at a time."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by Taipan")
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _glob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            first = next(found)  # "**" also yields the start directory itself, as ''
            if first:
                found = _chain(first, found)
        except StopIteration:
            pass
    return found


def _chain(first, rest):
    yield first
    yield from rest


def _glob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        if basename:
            if _exists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname  # "dir/": only when a directory
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _is_recursive(basename):
            matcher = _glob2
        else:
            matcher = _glob1
    else:
        matcher = _glob0
    for directory in dirs:
        for name in matcher(_join(root_dir, directory), basename, dironly, include_hidden):
            yield os.path.join(directory, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    # the names in dirname that match a pattern without slashes
    names = _listdir(dirname, dironly)
    if not include_hidden and not _is_hidden(pattern):
        names = (n for n in names if not _is_hidden(n))
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    # a literal last component
    if basename:
        if _exists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # "**": the directory itself ('') and everything below it
    assert _is_recursive(pattern)
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    try:
        with os.scandir(dirname if dirname else os.curdir) as it:
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        name = entry.name
                        if isinstance(dirname, bytes) and isinstance(name, str):
                            name = os.fsencode(name)
                        yield name
                except OSError:
                    pass
    except OSError:
        return


def _listdir(dirname, dironly):
    return list(_iterdir(dirname, dironly))


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _is_hidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            if _isdir(path):  # symbolic links to directories are followed
                for below in _rlistdir(path, dironly, include_hidden):
                    yield _join(name, below)


def _exists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _isdir(path):
    try:
        return os.path.isdir(path)
    except (OSError, ValueError):
        return False


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    """Whether s holds any of the wildcard characters * ? [."""
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _is_hidden(path):
    return path[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """pathname with its wildcard characters bracketed, so that they match themselves."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(br'[\1]', pathname)
    else:
        pathname = _MAGIC.sub(r'[\1]', pathname)
    return drive + pathname


magic_check = _MAGIC
magic_check_bytes = _MAGIC_BYTES
