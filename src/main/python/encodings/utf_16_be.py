"""The utf-16-be codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.utf_16_be_encode


def decode(input, errors='strict'):
    return codecs.utf_16_be_decode(input, errors, True)


globals().update(_builder.text_codec(__name__, 'utf-16-be', encode, codecs.utf_16_be_decode))
