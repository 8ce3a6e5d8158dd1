"""Random numbers and tokens for secrets (passwords, keys), drawn from the system's source."""

import base64 as _base64
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

DEFAULT_ENTROPY = 32  # bytes

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """A random text of 2 * nbytes hexadecimal digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe base64 text (no padding) of nbytes random bytes."""
    return _base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


def _digest_operand(x):
    if isinstance(x, str):
        return x
    try:
        return memoryview(x).tobytes()
    except TypeError:
        return None


def _compare_digest(a, b):
    """a == b in a time that depends on the length only, not on where they differ."""
    x, y = _digest_operand(a), _digest_operand(b)
    if isinstance(x, str) and isinstance(y, str):
        if not (x.isascii() and y.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        x, y = x.encode('ascii'), y.encode('ascii')
    elif x is None or y is None or isinstance(x, str) or isinstance(y, str):
        if x is None and y is None or isinstance(x, str) and y is None or x is None and isinstance(y, str):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        wrong = a if x is None or isinstance(x, str) else b
        raise TypeError("a bytes-like object is required, not '%s'" % type(wrong).__name__)
    result = len(x) ^ len(y)
    if len(x) != len(y):
        y = x
    for p, q in zip(x, y):
        result |= p ^ q
    return result == 0


try:
    from hmac import compare_digest
except ImportError:
    compare_digest = _compare_digest
