"""The iso8859-1 codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.latin_1_encode
decode = codecs.latin_1_decode
globals().update(_builder.text_codec(__name__, 'iso8859-1', encode, decode, buffered=False))
