"""Base16, Base32, Base64 (RFC 3548), Base85 and Ascii85 data encodings.

Taipan's own implementation: Base64 and hex run in binascii (Java); the others are written
here over whole 4- or 5-byte groups held as ints.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode', 'b85encode',
           'b85decode', 'a85encode', 'a85decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _decode_input(s):
    """What the decoders accept: ASCII str or any bytes-like object, as bytes."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _as_bytes(s):
    """What the encoders accept: any bytes-like object (bytes(str) is refused as binascii does)."""
    if isinstance(s, bytes_types):
        return bytes(s)
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


# ---- Base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    return b64decode(_decode_input(s).translate(bytes.maketrans(b'-_', b'+/')))


# ---- Base32: 5 bytes are 40 bits are 8 digits

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# trailing '=' count -> how many bytes of the last group are data
_B32_PAD_BYTES = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}
_B32_ENC_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    s = _as_bytes(s)
    tail = len(s) % 5
    data = s + bytes(-len(s) % 5)
    out = bytearray()
    for i in range(0, len(data), 5):
        n = int.from_bytes(data[i:i + 5], 'big')
        out += bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
    pads = _B32_ENC_PADS[tail]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pads = len(s) - len(body)
    if not s:
        return b''
    if pads not in _B32_PAD_BYTES:
        raise binascii.Error('Incorrect padding')
    digits = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    body += b'A' * pads if alphabet is _B32 else b'0' * pads
    for i in range(0, len(body), 8):
        n = 0
        for c in body[i:i + 8]:
            d = digits.get(c)
            if d is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | d
        out += n.to_bytes(5, 'big')
    keep = _B32_PAD_BYTES[pads]
    if keep < 5:
        del out[keep - 5:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# ---- Base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):  # some byte is not a digit
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# ---- Ascii85 and base85: 4 bytes are one 32-bit word are 5 digits

def _words(b, pad):
    """The big-endian 32-bit words of b padded with zero bytes, and how many bytes were added."""
    b = _as_bytes(b) if not isinstance(b, bytes) else b
    added = -len(b) % 4
    data = b + bytes(added)
    return [int.from_bytes(data[i:i + 4], 'big') for i in range(0, len(data), 4)], (0 if pad else added)


def _digits85(n, alphabet):
    out = bytearray(5)
    for i in range(4, -1, -1):
        n, r = divmod(n, 85)
        out[i] = alphabet[r]
    return out


def _encode85(b, alphabet, pad, zero=None, spaces=None):
    words, drop = _words(b, pad)
    out = bytearray()
    for k, w in enumerate(words):
        last_partial = drop and k == len(words) - 1
        if zero is not None and w == 0 and not last_partial:
            out += zero
        elif spaces is not None and w == 0x20202020 and not last_partial:
            out += spaces
        else:
            out += _digits85(w, alphabet)
    if drop:
        del out[-drop:]
    return bytes(out)


_A85 = bytes(range(33, 118))
_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
        b'!#$%&()*+-;<=>?@^_`{|}~')


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    body = _encode85(b, _A85, pad, b'z', b'y' if foldspaces else None)
    if adobe:
        body = b'<~' + body
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [body[i:i + width] for i in range(0, len(body), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        body = b'\n'.join(lines)
    if adobe:
        body += b'~>'
    return body


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_input(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(b'~>'))
        b = b[2:-2] if b.startswith(b'<~') else b[:-2]
    out = bytearray()
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += _word85(group)
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        missing = 5 - len(group)
        out += _word85(group + [84] * missing)[:4 - missing]
    return bytes(out)


def _word85(digits):
    n = 0
    for d in digits:
        n = n * 85 + d
    if n > 0xffffffff:
        raise ValueError('Ascii85 overflow')
    return n.to_bytes(4, 'big')


def b85encode(b, pad=False):
    return _encode85(b, _B85, pad)


_B85_DIGITS = {c: i for i, c in enumerate(_B85)}


def b85decode(b):
    b = _decode_input(b)
    missing = -len(b) % 5
    data = b + b'~' * missing
    out = bytearray()
    for i in range(0, len(data), 5):
        n = 0
        for j in range(i, i + 5):
            d = _B85_DIGITS.get(data[j])
            if d is None:
                raise ValueError('bad base85 character at position %d' % j)
            n = n * 85 + d
        if n > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += n.to_bytes(4, 'big')
    if missing:
        del out[-missing:]
    return bytes(out)


# ---- MIME-style line-wrapped Base64 and the legacy file interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    try:
        memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from None


def encodebytes(s):
    _check_bytes_like(s)
    s = bytes(s) if not isinstance(s, bytes) else s
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
