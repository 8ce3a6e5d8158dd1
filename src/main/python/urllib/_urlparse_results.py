"""The named tuples urllib.parse returns, with the netloc parts (username, password, hostname,
port) as properties, and the address check used for bracketed hosts."""

import collections as _collections
import types as _types


class _NetlocParts:
    """username, password, hostname and port read from self.netloc (str or bytes)."""
    __slots__ = ()

    @property
    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition(self._ch('@'))
        if not at:
            return None, None
        user, colon, password = userinfo.partition(self._ch(':'))
        return user, (password if colon else None)

    @property
    def _hostinfo(self):
        hostinfo = self.netloc.rpartition(self._ch('@'))[2]
        _, bracket, inside = hostinfo.partition(self._ch('['))
        if bracket:
            host, _, rest = inside.partition(self._ch(']'))
            port = rest.partition(self._ch(':'))[2]
        else:
            host, _, port = hostinfo.partition(self._ch(':'))
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # an IPv6 zone id ("%eth0") keeps its case
        host, percent, zone = host.partition(self._ch('%'))
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(_types.GenericAlias)


class _StrParts(_NetlocParts):
    __slots__ = ()

    @staticmethod
    def _ch(c):
        return c

    def encode(self, encoding='ascii', errors='strict'):
        return self._other(*(x.encode(encoding, errors) for x in self))


class _BytesParts(_NetlocParts):
    __slots__ = ()

    @staticmethod
    def _ch(c):
        return c.encode('ascii')

    def decode(self, encoding='ascii', errors='strict'):
        return self._other(*(x.decode(encoding, errors) for x in self))


def _result_pair(name, fields, geturl):
    base = _collections.namedtuple(name, fields)
    str_class = type(name, (base, _StrParts), {'__slots__': (), 'geturl': geturl, '__module__': 'urllib.parse'})
    bytes_class = type(name + 'Bytes', (base, _BytesParts),
                       {'__slots__': (), 'geturl': geturl, '__module__': 'urllib.parse'})
    str_class._other = bytes_class
    bytes_class._other = str_class
    return str_class, bytes_class


def _defrag_url(self):
    if self.fragment:
        return self.url + self._sep('#') + self.fragment
    return self.url


def _split_url(self):
    from urllib.parse import urlunsplit
    return urlunsplit(self)


def _parse_url(self):
    from urllib.parse import urlunparse
    return urlunparse(self)


DefragResult, DefragResultBytes = _result_pair('DefragResult', 'url fragment', _defrag_url)
SplitResult, SplitResultBytes = _result_pair('SplitResult', 'scheme netloc path query fragment', _split_url)
ParseResult, ParseResultBytes = _result_pair('ParseResult', 'scheme netloc path params query fragment',
                                             _parse_url)
DefragResult._sep = staticmethod(lambda c: c)
DefragResultBytes._sep = staticmethod(lambda c: c.encode('ascii'))
for _cls in (DefragResult, DefragResultBytes):
    _cls.__doc__ = "A URL split at its fragment: (url, fragment)."
for _cls in (SplitResult, SplitResultBytes):
    _cls.__doc__ = "A URL split as urlsplit() does: (scheme, netloc, path, query, fragment)."
for _cls in (ParseResult, ParseResultBytes):
    _cls.__doc__ = "A URL split as urlparse() does: (scheme, netloc, path, params, query, fragment)."
del _cls


# ---- IP addresses (what ipaddress.ip_address accepts)

def _ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isascii() and p.isdigit()):
            return False
        if len(p) > 1 and p[0] == '0' or int(p) > 255:
            return False
    return True


def _ipv6(text):
    text = text.partition('%')[0] if '%' in text and not text.endswith('%') else text
    if not text or text.count('::') > 1:
        return False
    groups_needed = 8
    if '.' in text.rpartition(':')[2]:
        if not _ipv4(text.rpartition(':')[2]):
            return False
        text = text.rpartition(':')[0] + ':0:0'
    if '::' in text:
        head, _, tail = text.partition('::')
        groups = (head.split(':') if head else []) + (tail.split(':') if tail else [])
        if len(groups) > groups_needed - 1:
            return False
    else:
        groups = text.split(':')
        if len(groups) != groups_needed:
            return False
    for g in groups:
        if not g or len(g) > 4 or any(c not in '0123456789abcdefABCDEF' for c in g):
            return False
    return True


def ip_kind(text):
    """4 or 6 when text is an IPv4 or IPv6 address as ipaddress.ip_address reads them, else None."""
    if _ipv4(text):
        return 4
    if _ipv6(text):
        return 6
    return None
