"""The utf-32-be codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.utf_32_be_encode


def decode(input, errors='strict'):
    return codecs.utf_32_be_decode(input, errors, True)


globals().update(_builder.text_codec(__name__, 'utf-32-be', encode, codecs.utf_32_be_decode))
