"""The codec search function: encoding names are normalized, resolved through aliases, and
found among Taipan's codecs (see codecs and _codecs)."""

from encodings import aliases as _aliases_module

aliases = _aliases_module


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """encoding with every run of characters other than letters, digits and '.' made one '_'
    (none at the ends); bytes are read as ASCII."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():  # other letters and digits are dropped
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    import codecs
    return codecs._search_builtin(encoding)
