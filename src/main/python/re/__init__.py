"""Regular expressions, as Python 3.11's re module; the matching engine is Taipan's _re (Java)."""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ---- flags

_FLAG_ORDER = ("ASCII", "IGNORECASE", "LOCALE", "UNICODE", "MULTILINE", "DOTALL",
               "VERBOSE", "TEMPLATE", "DEBUG")
_FLAG_VALUES = {"ASCII": 256, "IGNORECASE": 2, "LOCALE": 4, "UNICODE": 32, "MULTILINE": 8,
                "DOTALL": 16, "VERBOSE": 64, "TEMPLATE": 1, "DEBUG": 128}
_ALL_FLAGS = 511


class RegexFlag(int):
    """The flags of re (an int whose repr names the flags it holds)."""

    __slots__ = ()

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return "NOFLAG"
        names = [n for n in _FLAG_ORDER if v & _FLAG_VALUES[n]]
        if len(names) == 1 and _FLAG_VALUES[names[0]] == v:
            return names[0]
        return "|".join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for n in _FLAG_ORDER:
            if v & _FLAG_VALUES[n]:
                parts.append("re." + n)
                v &= ~_FLAG_VALUES[n]
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return (RegexFlag, (int(self),))


RegexFlag.__module__ = "re"
NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


# ---- errors

class error(Exception):
    """Raised for an invalid regular expression (msg, pattern, pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


# ---- compiled patterns

def _no_new(name):
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % name)
    return staticmethod(__new__)


def _pattern_flags_repr(flags, is_str):
    names = []
    for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                      ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                      ("ASCII", 256)):
        if name == "UNICODE" and is_str and flags & (4 | 32 | 256) == 32:
            flags &= ~32
            continue
        if flags & bit:
            names.append("re." + name)
            flags &= ~bit
    if flags:
        names.append("0x%x" % flags)
    return "|".join(names)


class Pattern:
    """A compiled regular expression (what re.compile returns)."""

    __slots__ = ("_code", "pattern", "flags", "groups", "groupindex", "_templates", "__weakref__")
    __new__ = _no_new("re.Pattern")

    def __repr__(self):
        text = repr(self.pattern)[:200]
        f = _pattern_flags_repr(self.flags, isinstance(self.pattern, str))
        if f:
            return "re.compile(%s, %s)" % (text, f)
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not (self.pattern == other.pattern and self.flags == other.flags)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def match(self, string, pos=0, endpos=_re.MAXGROUPS):
        """A Match at pos, or None."""
        return self._code.match(string, pos, endpos, 0, self)

    def fullmatch(self, string, pos=0, endpos=_re.MAXGROUPS):
        """A Match covering string[pos:endpos], or None."""
        return self._code.match(string, pos, endpos, 1, self)

    def search(self, string, pos=0, endpos=_re.MAXGROUPS):
        """The first Match in string[pos:endpos], or None."""
        return self._code.match(string, pos, endpos, 2, self)

    def scanner(self, string, pos=0, endpos=_re.MAXGROUPS):
        return self._code.scanner(string, pos, endpos, self)

    def finditer(self, string, pos=0, endpos=_re.MAXGROUPS):
        """The Matches in string[pos:endpos], one after another."""
        return iter(self._code.scanner(string, pos, endpos, self).search, None)

    def findall(self, string, pos=0, endpos=_re.MAXGROUPS):
        """Every match: the whole match, the one group, or a tuple of the groups."""
        return self._code.findall(string, pos, endpos)

    def split(self, string, maxsplit=0):
        """The parts of string between matches (and the groups of each match)."""
        return self._code.split(string, maxsplit)

    def _subx(self, repl, string, count):
        if callable(repl):
            return self._code.subx(self, None, repl, string, count)
        return self._code.subx(self, _template(self, repl), None, string, count)

    def _expand(self, m, template):
        parts = []
        for p in _template(self, template):
            if isinstance(p, int):
                g = m.group(p)
                if g is not None:
                    parts.append(g)
            else:
                parts.append(p)
        if isinstance(self.pattern, str):
            return "".join(parts)
        return b"".join(parts)

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """As sub, with the number of replacements."""
        return self._subx(repl, string, count)


Pattern.__module__ = "re"


Match = _re.Match


class _GenericAlias:
    def __new__(cls, origin, item):
        import types
        return types.GenericAlias(origin, item)


# ---- replacement templates

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _template(pattern, repl):
    """The parsed template: literal pieces (str or bytes) and group numbers (ints)."""
    cache = pattern._templates
    if cache is None:
        cache = pattern._templates = {}
    t = cache.get(repl)
    if t is not None:
        return t
    t = _parse_template(repl, pattern)
    if len(cache) < 64:
        cache[repl] = t
    return t


def _parse_template(repl, pattern):
    # a template of the other kind than the pattern fails later, when the pieces are joined
    is_bytes = not isinstance(repl, str)
    s = bytes(repl).decode("latin-1") if is_bytes else repl
    out = []
    lit = []
    groups = pattern.groups
    n = len(s)
    i = 0

    def err(msg, pos):
        return error(msg, repl, pos)

    def add_group(g):
        if lit:
            out.append("".join(lit))
            lit.clear()
        out.append(g)

    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise err("bad escape (end of pattern)", start)
        c = s[i]
        i += 1
        if c == "g":
            if i >= n or s[i] != "<":
                raise err("missing <", i)
            i += 1
            j = s.find(">", i)
            if j < 0:
                if i >= n:
                    raise err("missing group name", i)
                raise err("missing >, unterminated name", i)
            name = s[i:j]
            if not name:
                raise err("missing group name", i)
            if name.isdecimal() and name.isascii():
                g = int(name)
                if g >= _re.MAXGROUPS:
                    raise err("invalid group reference %d" % g, i)
            elif name.isidentifier() and (not is_bytes or name.isascii()):
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                raise err("bad character in group name '%s'" % name, i)
            if g > groups:
                raise err("invalid group reference %d" % g, i)
            add_group(g)
            i = j + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and s[i] in "01234567":
                v = v * 8 + int(s[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in "123456789":
            if (i + 1 < n and c in "01234567" and s[i] in "01234567" and s[i + 1] in "01234567"):
                v = int(s[start + 1:i + 2], 8)
                if v > 0o377:
                    raise err("octal escape value %s outside of range 0-0o377" % s[start:i + 2], start)
                lit.append(chr(v))
                i += 2
                continue
            if i < n and s[i] in "0123456789":
                i += 1
            g = int(s[start + 1:i])
            if g > groups:
                raise err("invalid group reference %d" % g, start + 1)
            add_group(g)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise err("bad escape %s" % s[start:i], start)
        else:
            lit.append("\\" + c)
    if lit or not out:
        out.append("".join(lit))
    if is_bytes:
        out = [p.encode("latin-1") if isinstance(p, str) else p for p in out]
    return out


# ---- module functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        import warnings
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    code = _re.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p._code = code
    p.pattern = pattern
    p.flags = code.flags
    p.groups = code.groups
    p.groupindex = _mappingproxy(code.groupindex)
    p._templates = None
    if key is not None:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _mappingproxy(d):
    return type(type.__dict__)(d)


def compile(pattern, flags=0):
    """The Pattern for pattern (cached)."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match of pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match of pattern covering all of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first Match of pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl (a template or a function of the Match)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub, with the number of replacements: (new string, count)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """The parts of string between matches of pattern (and the groups of each match)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Every match in string: the whole match, the one group, or a tuple of the groups."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator over the Matches of pattern in string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Empties the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """Deprecated: compile with the TEMPLATE flag."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an undocumented function "
                  "without an obvious purpose. Use re.compile() instead.", DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """pattern with a backslash before each character that is special in a pattern."""
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    s = str(pattern, "latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in s).encode("latin-1")


class Scanner:
    """A lexer from (pattern, action) pairs: scan(string) matches the phrases one after
    another at the current position, calling action(scanner, text) for each (None: skip),
    and returns (results, unmatched remainder)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            inner = _compile(phrase, flags).groups
            parts.append("(%s)" % phrase)
            self._actions[group] = action
            group += 1 + inner
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
