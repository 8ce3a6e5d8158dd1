"""Secure hashes and message digests (Taipan's own implementation).

The hash objects are Java's (_hashlib over java.security.MessageDigest, _blake2 and SHAKE
written for Taipan): md5(), sha1(), sha224(), sha256(), sha384(), sha512(), the sha3_* and
shake_* families, blake2b() and blake2s(); new(name, data) takes any name in
algorithms_available."""

import _hashlib
import _blake2

algorithms_guaranteed = frozenset(('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                                   'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
                                   'sha3_512', 'shake_128', 'shake_256'))
algorithms_available = algorithms_guaranteed | _hashlib.openssl_md_meth_names

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _blake2.blake2b
blake2s = _blake2.blake2s
pbkdf2_hmac = _hashlib.pbkdf2_hmac

_blake = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object)."""
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    ctor = _blake.get(name)
    if ctor is not None:
        return ctor(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name) from None


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    digest is a hash name for new() or a callable returning a fresh hash object."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        h.update(getbuffer())
        return h
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file object in binary mode.")
    chunk = bytearray(_bufsize)
    view = memoryview(chunk)
    while True:
        n = fileobj.readinto(chunk)
        if n == 0:
            break
        h.update(view[:n])
    return h
