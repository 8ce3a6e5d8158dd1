"""Path operations on POSIX path names (os.path in Taipan)."""

import os
import sys

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename",
           "dirname", "commonprefix", "getsize", "getmtime", "getatime", "getctime",
           "islink", "exists", "lexists", "isdir", "isfile", "ismount", "expanduser",
           "expandvars", "normpath", "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep", "devnull",
           "realpath", "supports_unicode_filenames", "relpath", "commonpath"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _seps(p):
    return ("/", ".", "..", "") if isinstance(p, str) else (b"/", b".", b"..", b"")


def _check_types(funcname, *args):
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError(f"{funcname}() argument must be str, bytes, or "
                            f"os.PathLike object, not {s.__class__.__name__!r}") from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins path components; an absolute component discards what came before it."""
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    try:
        if not p:
            path[:0] + slash
        for b in map(os.fspath, p):
            if b.startswith(slash):
                path = b
            elif not path or path.endswith(slash):
                path += b
            else:
                path += slash + b
    except (TypeError, AttributeError, BytesWarning):
        _check_types("join", a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is after the last slash; head loses its trailing slashes unless it is all slashes."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and after, unless the dot starts the name."""
    p = os.fspath(p)
    slash, dot = _seps(p)[:2]
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        name_start = last_sep + 1
        # leading dots of the name do not start an extension
        if p[name_start:last_dot].strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def commonprefix(m):
    """The longest leading string common to all the paths (character by character)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


# ---- queries on the file system

def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o100000


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return st.st_mode & 0o170000 == 0o040000


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return st.st_mode & 0o170000 == 0o120000


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & 0o170000 == 0o120000:
        return False
    path = os.fspath(path)
    parent = join(path, _seps(path)[2])
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    raise OSError(38, "Function not implemented")


# ---- expansion and normalisation

def expanduser(path):
    """~ and ~/... become $HOME and $HOME/... (~user is left alone: there is no pwd module)."""
    path = os.fspath(path)
    tilde = "~" if isinstance(path, str) else b"~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


_varprog = None
_varprogb = None


def expandvars(path):
    """$name and ${name} replaced by environment variables; unknown ones are left alone."""
    path = os.fspath(path)
    global _varprog, _varprogb
    import re
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        if _varprogb is None:
            _varprogb = re.compile(rb"\$(\w+|\{[^}]*\})", re.ASCII)
        prog = _varprogb
        env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
        lb, rb = b"{", b"}"
    else:
        if "$" not in path:
            return path
        if _varprog is None:
            _varprog = re.compile(r"\$(\w+|\{[^}]*\})", re.ASCII)
        prog = _varprog
        env = os.environ
        lb, rb = "{", "}"
    i = 0
    while True:
        m = prog.search(path, i)
        if not m:
            break
        i, j = m.span(0)
        name = m.group(1)
        if name.startswith(lb) and name.endswith(rb):
            name = name[1:-1]
        if name in env:
            tail = path[j:]
            path = path[:i] + env[name]
            i = len(path)
            path += tail
        else:
            i = j
    return path


def normpath(path):
    """path without redundant slashes, '.' parts and 'x/..' pairs (symbolic links are not looked at)."""
    path = os.fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    lead = len(path) - len(path.lstrip(slash))
    # POSIX keeps exactly two leading slashes; three or more are one
    lead = 2 if lead == 2 else min(lead, 1)
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if lead:
                continue
        parts.append(comp)
    return (slash * lead + slash.join(parts)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwd() if isinstance(path, str) else os.getcwdb()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved (a missing tail is kept as written)."""
    filename = os.fspath(filename)
    slash, dot, dotdot, empty = _seps(filename)
    path = abspath(filename)
    resolved = slash
    todo = [c for c in path.split(slash) if c]
    seen = 0
    while todo:
        comp = todo.pop(0)
        candidate = join(resolved, comp)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            resolved = candidate
            continue
        if st.st_mode & 0o170000 != 0o120000:
            resolved = candidate
            continue
        seen += 1
        if seen > 40:
            if strict:
                raise OSError(40, "Too many levels of symbolic links", candidate)
            resolved = join(candidate, *todo) if todo else candidate
            return normpath(resolved)
        target = os.readlink(candidate)
        if isabs(target):
            resolved = slash
        todo = [c for c in target.split(slash) if c] + todo
        # resolve ".." against what is resolved so far
        while todo and todo[0] in (dot, dotdot):
            c = todo.pop(0)
            if c == dotdot:
                resolved = dirname(resolved) or slash
    return normpath(resolved)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(slash) if x]
        path_list = [x for x in abspath(path).split(slash) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return dot
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (whole components)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    slash, dot = _seps(paths[0])[:2]
    try:
        split_paths = [p.split(slash) for p in paths]
        try:
            isabs_, = set(p[:1] == slash for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != dot] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = slash if isabs_ else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        _check_types("commonpath", *paths)
        raise
