"""The codec of Python string-literal escapes."""

import codecs
from encodings import _builder

encode = codecs.unicode_escape_encode
decode = codecs.unicode_escape_decode
globals().update(_builder.text_codec(__name__, 'unicode-escape', encode, decode))
