"""The functions CPython's _codecs module offers, over Taipan's _codecs (the runtime's UTF and
Latin-1/ASCII codecs), plus the charmap and escape codecs and the standard error handlers,
written in Python. codecs re-exports them."""

import _codecs
from _codecs import _encode, _decode

__all__ = ['utf_8_encode', 'utf_8_decode', 'latin_1_encode', 'latin_1_decode', 'ascii_encode',
           'ascii_decode', 'utf_16_encode', 'utf_16_decode', 'utf_16_le_encode', 'utf_16_le_decode',
           'utf_16_be_encode', 'utf_16_be_decode', 'utf_16_ex_decode', 'utf_32_encode', 'utf_32_decode',
           'utf_32_le_encode', 'utf_32_le_decode', 'utf_32_be_encode', 'utf_32_be_decode', 'utf_32_ex_decode',
           'charmap_build', 'charmap_encode', 'charmap_decode', 'unicode_escape_encode',
           'unicode_escape_decode', 'raw_unicode_escape_encode', 'raw_unicode_escape_decode',
           'escape_encode', 'escape_decode', 'readbuffer_encode']


def _normalize_name(encoding):
    # lower case; runs of other characters than ASCII letters, digits and '.' become one '_'
    chars = []
    punct = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _check_str(function, s):
    if not isinstance(s, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (function, type(s).__name__))


def _check_errors(function, errors, position=2):
    if errors is not None and not isinstance(errors, str):
        raise TypeError("%s() argument %d must be str or None, not %s" % (function, position, type(errors).__name__))


def _bytes_like(function, data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return data


def _make(name, codec):
    def encoder(str, errors=None):
        _check_str(name + '_encode', str)
        _check_errors(name + '_encode', errors)
        return _encode(str, codec, errors), len(str)

    def decoder(data, errors=None, final=False):
        _bytes_like(name + '_decode', data)
        _check_errors(name + '_decode', errors)
        return _decode(data, codec, errors, final)

    encoder.__name__ = name + '_encode'
    decoder.__name__ = name + '_decode'
    return encoder, decoder


utf_8_encode, utf_8_decode = _make('utf_8', 'utf-8')
latin_1_encode, latin_1_decode = _make('latin_1', 'latin-1')
ascii_encode, ascii_decode = _make('ascii', 'ascii')
utf_16_le_encode, utf_16_le_decode = _make('utf_16_le', 'utf-16-le')
utf_16_be_encode, utf_16_be_decode = _make('utf_16_be', 'utf-16-be')
utf_32_le_encode, utf_32_le_decode = _make('utf_32_le', 'utf-32-le')
utf_32_be_encode, utf_32_be_decode = _make('utf_32_be', 'utf-32-be')
_utf_16_encode, utf_16_decode = _make('utf_16', 'utf-16')
_utf_32_encode, utf_32_decode = _make('utf_32', 'utf-32')

# the latin-1 and ascii decoders never wait for more data
_latin_1_decode, _ascii_decode = latin_1_decode, ascii_decode


def latin_1_decode(data, errors=None):
    return _latin_1_decode(data, errors, True)


def ascii_decode(data, errors=None):
    return _ascii_decode(data, errors, True)


def utf_16_encode(str, errors=None, byteorder=0):
    """UTF-16 with a BOM (byteorder 0), or little- (-1) or big-endian (1) without."""
    if byteorder == 0:
        return _utf_16_encode(str, errors)
    return (utf_16_le_encode if byteorder < 0 else utf_16_be_encode)(str, errors)


def utf_32_encode(str, errors=None, byteorder=0):
    if byteorder == 0:
        return _utf_32_encode(str, errors)
    return (utf_32_le_encode if byteorder < 0 else utf_32_be_encode)(str, errors)


def _ex_decode(data, errors, byteorder, final, unit, bom_le, bom_be, le, be):
    data = bytes(memoryview(data))
    consumed = 0
    if byteorder == 0:
        if len(data) < unit:
            if not final:
                return '', 0, 0
        if data[:unit] == bom_le:
            byteorder, consumed = -1, unit
        elif data[:unit] == bom_be:
            byteorder, consumed = 1, unit
    decoder = be if byteorder > 0 else le
    text, used = decoder(data[consumed:], errors, final)
    return text, used + consumed, byteorder


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    """(text, bytes used, byte order found: -1 little, 1 big, 0 none) of UTF-16 data."""
    return _ex_decode(data, errors, byteorder, final, 2, b'\xff\xfe', b'\xfe\xff', utf_16_le_decode,
                      utf_16_be_decode)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 4, b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff',
                      utf_32_le_decode, utf_32_be_decode)


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = bytes(memoryview(data))
    return data, len(data)


# ---- calling error handlers

def _handle(errors, exc):
    import codecs
    handler = codecs.lookup_error('strict' if errors is None else errors)
    result = handler(exc)
    return result


def _check_decode_result(result, length):
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], str) \
            or not isinstance(result[1], int):
        raise TypeError("decoding error handler must return (str, int) tuple")
    pos = result[1]
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return result[0], pos


def _check_encode_result(result, length):
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[0], (str, bytes)) \
            or not isinstance(result[1], int):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    pos = result[1]
    if pos < 0:
        pos += length
    if not 0 <= pos <= length:
        raise IndexError("position %d from error handler out of bounds" % result[1])
    return result[0], pos


# ---- charmap codecs (the single-byte code pages)

class EncodingMap(dict):
    """The inverse of a 256-character decoding table."""


def charmap_build(decoding_table):
    m = EncodingMap()
    for i, c in enumerate(decoding_table):
        if c != '\ufffe':
            m[ord(c)] = i  # a character two bytes decode to is encoded as the later
    return m


def _charmap_lookup(mapping, cp):
    try:
        v = mapping[cp]
    except (KeyError, LookupError):
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v < 256:
            raise TypeError("character mapping must be in range(256)")
        return bytes((v,))
    if isinstance(v, bytes):
        return v
    raise TypeError("character mapping must return integer, bytes or None, not %s" % type(v).__name__)


def charmap_encode(str, errors=None, mapping=None):
    """str encoded by mapping (code point -> byte); without one, as Latin-1."""
    _check_str('charmap_encode', str)
    if mapping is None:
        return latin_1_encode(str, errors)
    out = bytearray()
    i, n = 0, len(str)
    while i < n:
        b = _charmap_lookup(mapping, ord(str[i]))
        if b is not None:
            out += b
            i += 1
            continue
        end = i + 1
        while end < n and _charmap_lookup(mapping, ord(str[end])) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', str, i, end, 'character maps to <undefined>')
        if errors in (None, 'strict'):
            raise exc
        rep, pos = _check_encode_result(_handle(errors, exc), n)
        if isinstance(rep, bytes):
            out += rep
        else:
            for c in rep:
                b = _charmap_lookup(mapping, ord(c))
                if b is None:
                    raise exc
                out += b
        i = pos
    return bytes(out), n


def charmap_decode(data, errors=None, mapping=None):
    """data decoded by mapping (a 256-character table or a dict from byte to character)."""
    data = bytes(memoryview(_bytes_like('charmap_decode', data)))
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    i, n = 0, len(data)
    table = isinstance(mapping, str)
    while i < n:
        b = data[i]
        if table:
            c = mapping[b] if b < len(mapping) else '\ufffe'
        else:
            try:
                c = mapping[b]
            except LookupError:
                c = None
            if isinstance(c, int):
                if not 0 <= c < 0x110000:
                    raise TypeError("character mapping must be in range(0x110000)")
                c = chr(c)
            elif c is not None and not isinstance(c, str):
                raise TypeError("character mapping must return integer, None or str")
        if c is not None and c != '\ufffe':
            out.append(c)
            i += 1
            continue
        exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        if errors in (None, 'strict'):
            raise exc
        rep, i = _check_decode_result(_handle(errors, exc), n)
        out.append(rep)
    return ''.join(out), n


# ---- escape codecs

_SIMPLE_ESCAPES = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b',
                   ord('f'): '\f', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v'}
_HEXDIGITS = b'0123456789abcdefABCDEF'


def unicode_escape_encode(str, errors=None):
    """str as Python string-literal escapes, in Latin-1 (no quotes)."""
    _check_str('unicode_escape_encode', str)
    out = []
    for c in str:
        cp = ord(c)
        if c == '\\':
            out.append('\\\\')
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        elif 0x20 <= cp < 0x7f:
            out.append(c)
        elif cp < 0x100:
            out.append('\\x%02x' % cp)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out).encode('ascii'), len(str)


def _unicode_escape(data, errors, final, raw):
    name = 'rawunicodeescape' if raw else 'unicodeescape'
    data = bytes(memoryview(data))
    out = []
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(chr(b))
            i += 1
            continue
        start = i
        if i + 1 >= n:
            if not final:
                break
            if raw:
                out.append('\\')
                i += 1
                continue
            reason, end = '\\ at end of string', n
        else:
            e = data[i + 1]
            if raw and e not in b'uU':
                # a backslash escapes only u and U; two of them stay as they are
                out.append('\\\\' if e == 0x5c else '\\')
                i += 2 if e == 0x5c else 1
                continue
            if not raw and e in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[e])
                i += 2
                continue
            if not raw and e == 0x0a:
                i += 2
                continue
            if not raw and 0x30 <= e <= 0x37:
                j = i + 1
                while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(chr(int(data[i + 1:j], 8)))
                i = j
                continue
            if e in b'xuU':
                digits = {0x78: 2, 0x75: 4, 0x55: 8}[e]
                j = i + 2
                while j < n and j < i + 2 + digits and data[j] in _HEXDIGITS:
                    j += 1
                if j - (i + 2) == digits:
                    cp = int(data[i + 2:j], 16)
                    if cp <= 0x10ffff:
                        out.append(chr(cp))
                        i = j
                        continue
                    reason, end = ('\\Uxxxxxxxx out of range' if raw else 'illegal Unicode character'), j
                else:
                    if not final and j == n:
                        break
                    reason = 'truncated \\%s escape' % {0x78: 'xXX', 0x75: 'uXXXX', 0x55: 'UXXXXXXXX'}[e]
                    end = j
            elif e == 0x4e:
                end = i + 2
                close = data.find(b'}', i + 3) if i + 2 < n and data[i + 2] == 0x7b else -1
                if close > i + 3:
                    import unicodedata
                    try:
                        out.append(unicodedata.lookup(data[i + 3:close].decode('latin-1')))
                        i = close + 1
                        continue
                    except KeyError:
                        reason, end = 'unknown Unicode character name', close + 1
                else:
                    if not final and close < 0:
                        break
                    reason = 'malformed \\N character escape'
                    end = n if close < 0 else close + 1
            else:
                import warnings
                warnings.warn("invalid escape sequence '\\%c'" % e, DeprecationWarning, stacklevel=3)
                out.append('\\')
                i += 1
                continue
        exc = UnicodeDecodeError(name, data, start, end, reason)
        if errors in (None, 'strict'):
            raise exc
        rep, i = _check_decode_result(_handle(errors, exc), n)
        out.append(rep)
    return ''.join(out), i


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return _unicode_escape(data, errors, final, False)


def raw_unicode_escape_encode(str, errors=None):
    """Latin-1, with \\uXXXX or \\UXXXXXXXX for the other characters."""
    _check_str('raw_unicode_escape_encode', str)
    out = []
    for c in str:
        cp = ord(c)
        if cp < 0x100:
            out.append(c)
        elif cp < 0x10000:
            out.append('\\u%04x' % cp)
        else:
            out.append('\\U%08x' % cp)
    return ''.join(out).encode('latin-1'), len(str)


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return _unicode_escape(data, errors, final, True)


def escape_encode(data, errors=None):
    """bytes with the escapes of a bytes literal (quotes not added)."""
    if not isinstance(data, bytes):
        raise TypeError("escape_encode() argument 1 must be bytes, not %s" % type(data).__name__)
    r = repr(data)
    body = r[2:-1]
    if r[1] == '"':
        body = body.replace("'", "\\'")
    return body.encode('ascii'), len(data)


def escape_decode(data, errors=None):
    """The bytes a bytes literal with these escapes stands for."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = bytes(memoryview(data))
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b != 0x5c:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError('Trailing \\ in string')
        e = data[i + 1]
        if e in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[e].encode('latin-1')
            i += 2
        elif e == 0x0a:
            i += 2
        elif 0x30 <= e <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(int(data[i + 1:j], 8) & 0xff)
            i = j
        elif e == 0x78:
            if i + 3 < n + 0 and data[i + 2] in _HEXDIGITS and data[i + 3] in _HEXDIGITS:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
            else:
                raise ValueError('invalid \\x escape at position %d' % i)
        else:
            import warnings
            warnings.warn("invalid escape sequence '\\%c'" % e, DeprecationWarning, stacklevel=2)
            out.append(0x5c)
            i += 1
    return bytes(out), n


# ---- the standard error handlers

_UNICODE_ERRORS = (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)


def _wrong(exc):
    return TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    """Raises the exception."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Skips what could not be encoded or decoded."""
    if isinstance(exc, _UNICODE_ERRORS):
        return '', exc.end
    raise _wrong(exc)


def replace_errors(exc):
    """'?' for each character that could not be encoded, U+FFFD for undecodable bytes."""
    if isinstance(exc, UnicodeEncodeError):
        return '?' * (exc.end - exc.start), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * (exc.end - exc.start), exc.end
    raise _wrong(exc)


def _backslashed(cp):
    if cp < 0x100:
        return '\\x%02x' % cp
    if cp < 0x10000:
        return '\\u%04x' % cp
    return '\\U%08x' % cp


def backslashreplace_errors(exc):
    """Backslash escapes for what could not be encoded or decoded."""
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return ''.join(_backslashed(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong(exc)


def xmlcharrefreplace_errors(exc):
    """XML character references (&#NNN;) for characters that could not be encoded."""
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _wrong(exc)


def namereplace_errors(exc):
    """\\N{NAME} escapes for characters that could not be encoded."""
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        parts = []
        for c in exc.object[exc.start:exc.end]:
            name = unicodedata.name(c, None)
            parts.append('\\N{%s}' % name if name is not None else _backslashed(ord(c)))
        return ''.join(parts), exc.end
    raise _wrong(exc)


def _surrogateescape(exc):
    """Bytes 0x80-0xff as the lone surrogates U+DC80-U+DCFF when decoding, and back when encoding."""
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        rep = []
        for b in chunk[:4]:
            if b < 0x80:
                break
            rep.append(chr(0xdc00 + b))
        if not rep:
            raise exc
        return ''.join(rep), exc.start + len(rep)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xdc80 <= ord(c) <= 0xdcff:
                raise exc
            out.append(ord(c) - 0xdc00)
        return bytes(out), exc.end
    raise _wrong(exc)


def _surrogate_codec(encoding):
    name = _normalize_name(encoding).replace('_', '-')
    for prefix, unit in (('utf-8', 1), ('utf8', 1), ('utf-16', 2), ('utf16', 2), ('utf-32', 4), ('utf32', 4)):
        if name.startswith(prefix):
            big = name.endswith('be')
            return unit, big
    return None, None


def _surrogatepass(exc):
    """Lone surrogates encoded and decoded as if they were characters (UTF-8, UTF-16, UTF-32)."""
    if isinstance(exc, UnicodeEncodeError):
        unit, big = _surrogate_codec(exc.encoding)
        if unit is None:
            raise exc
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            cp = ord(c)
            if not 0xd800 <= cp <= 0xdfff:
                raise exc
            if unit == 1:
                out += bytes((0xe0 | cp >> 12, 0x80 | cp >> 6 & 0x3f, 0x80 | cp & 0x3f))
            else:
                out += cp.to_bytes(unit, 'big' if big else 'little')
        return bytes(out), exc.end
    if isinstance(exc, UnicodeDecodeError):
        unit, big = _surrogate_codec(exc.encoding)
        data = exc.object
        s = exc.start
        if unit == 1 and len(data) - s >= 3 and data[s] & 0xf0 == 0xe0 and data[s + 1] & 0xc0 == 0x80 \
                and data[s + 2] & 0xc0 == 0x80:
            cp = (data[s] & 0x0f) << 12 | (data[s + 1] & 0x3f) << 6 | data[s + 2] & 0x3f
            n = 3
        elif unit in (2, 4) and len(data) - s >= unit:
            cp = int.from_bytes(data[s:s + unit], 'big' if big else 'little')
            n = unit
        else:
            raise exc
        if not 0xd800 <= cp <= 0xdfff:
            raise exc
        return chr(cp), s + n
    raise _wrong(exc)
