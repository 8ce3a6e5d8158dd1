"""ROT13, a str-to-str codec: letters moved 13 places."""

import codecs
from encodings import _builder

rot13_map = codecs.make_identity_dict(range(256))
for _base in (ord('A'), ord('a')):
    for _i in range(26):
        rot13_map[_base + _i] = _base + (_i + 13) % 26
del _base, _i


def encode(input, errors='strict'):
    return str.translate(input, rot13_map), len(input)


decode = encode
globals().update(_builder.bytes_codec(__name__, 'rot-13', encode, decode))


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))
