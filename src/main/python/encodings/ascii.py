"""The ascii codec (the runtime's own, in _codecs)."""

import codecs
from encodings import _builder

encode = codecs.ascii_encode
decode = codecs.ascii_decode
globals().update(_builder.text_codec(__name__, 'ascii', encode, decode, buffered=False))
