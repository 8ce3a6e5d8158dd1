"""Splitting, joining and quoting URLs (RFC 3986 with the web's leniencies), as Python 3.11 does.

Every function takes str or bytes (ASCII); bytes in give bytes out. The result classes
(SplitResult, ParseResult, DefragResult and their Bytes twins) live in _urlparse_results.
"""

import functools as _functools
from urllib._urlparse_results import (
    DefragResult, ParseResult, SplitResult, DefragResultBytes, ParseResultBytes, SplitResultBytes)

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote',
           'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult',
           'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# Which schemes take relative references, a network location, ;params …
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
               'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp',
               'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu',
               'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps', 'rtspu',
              'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG: leading C0 controls and spaces are stripped; tabs and newlines anywhere removed.
_LEADING_JUNK = ''.join(chr(c) for c in range(0x21))
_REMOVED = ('\t', '\r', '\n')


def clear_cache():
    """Empties the cache of split URLs."""
    urlsplit.cache_clear()


# ---- str and bytes

def _as_str_args(*args):
    """args as str (bytes decoded as ASCII) and the function that turns a result back."""
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if is_str:
        return args + (_same,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_to_bytes,)


def _same(obj):
    return obj


def _to_bytes(obj):
    return obj.encode('ascii', 'strict')


# ---- splitting

def _netloc_end(url, start):
    end = len(url)
    for c in '/?#':
        at = url.find(c, start)
        if at >= 0:
            end = min(end, at)
    return end


def _check_netloc(netloc):
    # Characters whose NFKC forms are URL delimiters must not hide in the host.
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    folded = unicodedata.normalize('NFKC', plain)
    if plain == folded:
        return
    for c in '/?#@:':
        if c in folded:
            raise ValueError("netloc '" + netloc + "' contains invalid characters under NFKC normalization")


def _check_bracketed_host(host):
    if host.startswith('v'):
        dot = host.find('.')
        if dot < 2 or dot == len(host) - 1 or any(c not in '0123456789abcdefABCDEF' for c in host[1:dot]):
            raise ValueError("IPvFuture address is invalid")
        return
    from urllib._urlparse_results import ip_kind
    kind = ip_kind(host)
    if kind is None:
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))
    if kind == 4:
        raise ValueError("An IPv4 address cannot be in brackets")


@_functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """url as (scheme, netloc, path, query, fragment): SplitResult."""
    url, scheme, back = _as_str_args(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _REMOVED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    if '/' in path:
        at = path.find(';', path.rfind('/'))
        if at < 0:
            return path, ''
    else:
        at = path.find(';')
    return path[:at], path[at + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """url as (scheme, netloc, path, params, query, fragment): ParseResult."""
    url, scheme, back = _as_str_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    """The URL of a 5-tuple as urlsplit returns (possibly a slightly different but equal URL)."""
    scheme, netloc, url, query, fragment, back = _as_str_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return back(url)


def urlunparse(components):
    """The URL of a 6-tuple as urlparse returns."""
    scheme, netloc, url, params, query, fragment, back = _as_str_args(*components)
    if params:
        url = '%s;%s' % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _resolve_dots(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """url resolved against base, the way a browser follows a relative link."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _as_str_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return back(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_segments = bpath.split('/')
        if base_segments[-1] != '':
            base_segments.pop()
        segments = base_segments + path.split('/')
        # empty segments in the middle are dropped (a base of "a//b" is "a/b")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = '/'.join(_resolve_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


def urldefrag(url):
    """(url without its fragment, the fragment): DefragResult."""
    url, back = _as_str_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return back(DefragResult(defrag, frag))


# ---- quoting

_HEX = '0123456789ABCDEFabcdef'
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def unquote_to_bytes(string):
    """string with each %XX made the byte XX (str is encoded as UTF-8 first)."""
    if not string:
        string.split  # raises AttributeError for non-text, as CPython's does
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX_BYTES and piece[1] in _HEX_BYTES:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


_HEX_BYTES = frozenset(_HEX.encode('ascii'))


def unquote(string, encoding='utf-8', errors='replace'):
    """string with %XX escapes decoded: each run of ASCII text is unquoted to bytes and decoded."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    out = []
    i, n = 0, len(string)
    while i < n:
        j = i
        if string[i].isascii():
            while j < n and string[j].isascii():
                j += 1
            out.append(unquote_to_bytes(string[i:j]).decode(encoding, errors))
        else:
            while j < n and not string[j].isascii():
                j += 1
            out.append(string[i:j])
        i = j
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() after turning '+' into spaces, as in HTML form values."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


@_functools.lru_cache
def _quoter(safe):
    table = {}
    for b in range(256):
        table[b] = chr(b) if b in safe else '%{:02X}'.format(b)
    return table


def quote_from_bytes(bs, safe='/'):
    """bs as text with every byte outside the safe set (letters, digits, _.-~ and safe) as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quoter(_ALWAYS_SAFE.union(safe))
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """string with the characters not safe in a URL as %XX escapes of their encoding (UTF-8)."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# ---- query strings

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as an "application/x-www-form-urlencoded" text."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def text(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = text(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + text(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + text(v))
        else:
            for item in v:
                parts.append(k + '=' + text(item))
    return '&'.join(parts)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs, unquoted."""
    qs, back = _as_str_args(qs)
    separator, _ = _as_str_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name_value = field.split('=', 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            name_value.append('')
        if name_value[1] or keep_blank_values:
            name = unquote(name_value[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(name_value[1].replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    """A query string as a dict from each name to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


# ---- the old helpers (deprecated since 3.8, still used)

def unwrap(url):
    """'<URL:scheme://host/path>' → 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def to_bytes(url):
    import warnings
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8", DeprecationWarning, stacklevel=2)
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url
