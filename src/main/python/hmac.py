"""HMAC (keyed hashing for message authentication, RFC 2104), Taipan's own implementation."""

import _hashlib
import hashlib as _hashlib_mod

compare_digest = _hashlib.compare_digest

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests produced by HMAC; None as digests vary by hash.
digest_size = None

__all__ = ('new', 'HMAC', 'digest', 'compare_digest')


def _constructor(digestmod):
    """A callable making fresh hash objects from a name, a constructor or a module."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib_mod.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247)."""
    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self._digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None or block < 16:
            import warnings
            if block is None:
                message = 'No block_size attribute on given digest object; Assuming %d.' % self.blocksize
            else:
                message = 'block_size of %d seems too small; using our default of %d.' % (block, self.blocksize)
            warnings.warn(message, RuntimeWarning, 2)
            block = self.blocksize
        if len(key) > block:
            key = make(key).digest()
        self.block_size = block
        key = bytes(key).ljust(block, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = HMAC.__new__(HMAC)
        other._digest_size = self._digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but returns a string of hexadecimal digits instead."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC."""
    if isinstance(digest, str):
        try:
            return _hashlib.hmac_digest(key, msg, digest)
        except _hashlib.UnsupportedDigestmodError:
            pass
    h = HMAC(key, msg, digest)
    return h.digest()
