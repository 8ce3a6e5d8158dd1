"""The codec of raw string literals: Latin-1 with \\uXXXX and \\UXXXXXXXX escapes."""

import codecs
from encodings import _builder

encode = codecs.raw_unicode_escape_encode
decode = codecs.raw_unicode_escape_decode
globals().update(_builder.text_codec(__name__, 'raw-unicode-escape', encode, decode))
