"""Lines of source files, read once and kept, for tracebacks and debuggers.

The cache maps a file name to (size, mtime, lines, full name). Lines keep their line endings;
a missing final newline is added. Taipan's own library (names under ``<stdlib>/``) is read
through the loader, as it lives in the jar, not on disk.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}

_STDLIB = "<stdlib>/"


def clearcache():
    """Forget every file read so far."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """The line numbered lineno (from 1) of the file, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of the file (from the cache when it is there), or [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drops the entries (all, or filename's) whose file changed or vanished since it was read."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # absent, or lazy: nothing read yet
        size, mtime, _, fullname = entry
        if mtime is None:
            continue  # no file behind it (the stdlib, or lines given by a loader)
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def _decode(data):
    """Source bytes to text: a UTF-8 BOM, or a coding declaration in the first two lines."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    encoding = 'utf-8'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break
            continue
        i = stripped.find(b'coding')
        if i >= 0 and stripped[i + 6:i + 7] in (b':', b'='):
            name = stripped[i + 7:].lstrip(b' \t')
            end = 0
            while end < len(name) and (chr(name[end]).isalnum() or name[end] in b'-_.'):
                end += 1
            if end:
                encoding = name[:end].decode('ascii')
            break
    try:
        return data.decode(encoding, 'replace')
    except LookupError:
        return data.decode('utf-8', 'replace')


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _from_loader(filename, module_globals):
    """The source a module's loader gives, or None."""
    if not module_globals or '__loader__' not in module_globals and '__spec__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    loader = module_globals.get('__loader__')
    spec = module_globals.get('__spec__')
    if spec is not None:
        loader = getattr(spec, 'loader', None) or loader
        name = getattr(spec, 'name', None) or name
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return None
    try:
        return get_source(name)
    except (ImportError, OSError):
        return None


def updatecache(filename, module_globals=None):
    """Reads the file again into the cache and returns its lines ([] when it cannot be read)."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if filename.startswith(_STDLIB):
        try:
            data = __loader__.get_data(filename)
        except (OSError, ImportError, AttributeError):
            return []
        lines = _split(_decode(data))
        cache[filename] = (len(data), None, lines, filename)
        return lines
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        st = None
        # a loader that knows the module (lazycache's, or the globals given now)
        glob = entry[0]() if entry is not None and len(entry) == 1 else None
        source = glob if isinstance(glob, str) else _from_loader(filename, module_globals)
        if source is not None:
            lines = _split(source)
            cache[filename] = (len(source), None, lines, fullname)
            return lines
        if os.path.isabs(filename):
            return []
        for directory in sys.path:
            try:
                candidate = os.path.join(directory, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(candidate)
                fullname = candidate
                break
            except (OSError, ValueError):
                pass
        if st is None:
            return []
    try:
        with open(fullname, 'rb') as f:
            data = f.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split(_decode(data))
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Notes that filename's lines may come from its module's loader, without reading them yet.

    True when an entry (lazy or full) is now in the cache for it.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or _from_loader_info(module_globals) is None:
        return False
    cache[filename] = (lambda: _from_loader(filename, module_globals),)
    return True


def _from_loader_info(module_globals):
    spec = module_globals.get('__spec__')
    loader = getattr(spec, 'loader', None) if spec is not None else module_globals.get('__loader__')
    name = getattr(spec, 'name', None) if spec is not None else module_globals.get('__name__')
    if name is None or getattr(loader, 'get_source', None) is None:
        return None
    return loader
