"""The standard codecs: encodings.search_function (registered with codecs) finds the module
encodings.NAME for an encoding name, through the aliases of encodings.aliases."""

import codecs
import sys

from encodings import aliases as _aliases_module

_cache = {}
_unknown = '--unknown--'
_aliases = _aliases_module.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """encoding with every run of characters other than letters, digits and '.' made one '_'
    (none at the ends); non-ASCII letters and digits are dropped; bytes are read as ASCII."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    """The CodecInfo of the module encodings.NAME that implements encoding, or None."""
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    aliased = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    module = None
    for name in ([aliased, norm] if aliased is not None else [norm]):
        if not name or '.' in name:
            continue
        try:
            module = __import__('encodings.' + name, fromlist=['*'], level=0)
        except ImportError:
            continue
        break
    getregentry = getattr(module, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register' % (module.__name__, module.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    try:
        extra = module.getaliases()
    except AttributeError:
        pass
    else:
        for alias in extra:
            if alias not in _aliases:
                _aliases[alias] = name
    return entry


codecs.register(search_function)
