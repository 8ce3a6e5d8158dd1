"""The utf-8 codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.utf_8_encode


def decode(input, errors='strict'):
    return codecs.utf_8_decode(input, errors, True)


globals().update(_builder.text_codec(__name__, 'utf-8', encode, codecs.utf_8_decode))
