"""The utf-32-le codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.utf_32_le_encode


def decode(input, errors='strict'):
    return codecs.utf_32_le_decode(input, errors, True)


globals().update(_builder.text_codec(__name__, 'utf-32-le', encode, codecs.utf_32_le_decode))
