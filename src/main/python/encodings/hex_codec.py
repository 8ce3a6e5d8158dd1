"""Bytes to hexadecimal digits (as bytes) and back."""

import binascii
from encodings import _builder


def encode(input, errors='strict'):
    assert errors == 'strict'
    return binascii.b2a_hex(input), len(input)


def decode(input, errors='strict'):
    assert errors == 'strict'
    return binascii.a2b_hex(input), len(input)


globals().update(_builder.bytes_codec(__name__, 'hex', encode, decode))
