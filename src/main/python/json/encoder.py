"""JSON encoding (json.encoder): JSONEncoder."""

import re
import _json

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def _escape_one(m):
    return ESCAPE_DCT[m.group(0)]


def encode_basestring(s):
    """s as a JSON string literal."""
    return '"' + ESCAPE.sub(_escape_one, s) + '"'


def _escape_ascii_one(m):
    s = m.group(0)
    try:
        return ESCAPE_DCT[s]
    except KeyError:
        n = ord(s)
        if n < 0x10000:
            return "\\u{0:04x}".format(n)
        n -= 0x10000
        s1 = 0xD800 | ((n >> 10) & 0x3FF)
        s2 = 0xDC00 | (n & 0x3FF)
        return "\\u{0:04x}\\u{1:04x}".format(s1, s2)


def py_encode_basestring_ascii(s):
    """s as a JSON string literal in ASCII (\\u escapes for the rest)."""
    if s.isascii() and s.isprintable() and '"' not in s and "\\" not in s:
        return '"' + s + '"'
    return '"' + ESCAPE_ASCII.sub(_escape_ascii_one, s) + '"'


py_encode_basestring = encode_basestring
encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii


class JSONEncoder(object):
    """Turns Python data into JSON text: dicts become objects, lists and tuples arrays, str
    strings, int and float numbers, True/False/None true/false/null. Anything else goes
    through default(), which a subclass (or the default= argument) may override to return
    something encodable; the base version raises TypeError.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """An encodable stand-in for o; here, a TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return "".join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, in pieces (one piece for _one_shot, from the Java encoder)."""
        if not _one_shot:
            return self._chunks(o)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        encode = _json.make_encoder(self.default, self.ensure_ascii, self.check_circular,
                                    self.allow_nan, self.sort_keys, self.skipkeys, indent,
                                    self.key_separator, self.item_separator)
        return [encode(o)]

    def _chunks(self, o):
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = "NaN"
            elif o == _inf:
                text = "Infinity"
            elif o == _neginf:
                text = "-Infinity"
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        return _make_iterencode(markers, self.default, _encoder, self.indent, floatstr,
                                self.key_separator, self.item_separator, self.sort_keys,
                                self.skipkeys, False)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator,
                     _item_separator, _sort_keys, _skipkeys, _one_shot):
    if _indent is not None and not isinstance(_indent, str):
        _indent = " " * _indent
    int_repr = int.__repr__

    def newline(level):
        return "\n" + _indent * level

    def check(o):
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o
            return key
        return None

    def iter_list(lst, level):
        if not lst:
            yield "[]"
            return
        marker = check(lst)
        buf = "["
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            buf += newline(level)
        else:
            sep = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = sep
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + "null"
            elif value is True:
                yield buf + "true"
            elif value is False:
                yield buf + "false"
            elif isinstance(value, int):
                yield buf + int_repr(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    yield from iter_list(value, level)
                elif isinstance(value, dict):
                    yield from iter_dict(value, level)
                else:
                    yield from iter_any(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield "]"
        if marker is not None:
            del markers[marker]

    def iter_dict(dct, level):
        if not dct:
            yield "{}"
            return
        marker = check(dct)
        yield "{"
        if _indent is not None:
            level += 1
            sep = _item_separator + newline(level)
            yield newline(level)
        else:
            sep = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if first:
                first = False
            else:
                yield sep
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield "null"
            elif value is True:
                yield "true"
            elif value is False:
                yield "false"
            elif isinstance(value, int):
                yield int_repr(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            elif isinstance(value, (list, tuple)):
                yield from iter_list(value, level)
            elif isinstance(value, dict):
                yield from iter_dict(value, level)
            else:
                yield from iter_any(value, level)
        if _indent is not None:
            level -= 1
            yield newline(level)
        yield "}"
        if marker is not None:
            del markers[marker]

    def iter_any(o, level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield "null"
        elif o is True:
            yield "true"
        elif o is False:
            yield "false"
        elif isinstance(o, int):
            yield int_repr(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from iter_list(o, level)
        elif isinstance(o, dict):
            yield from iter_dict(o, level)
        else:
            marker = check(o)
            o = _default(o)
            yield from iter_any(o, level)
            if marker is not None:
                del markers[marker]

    return iter_any
