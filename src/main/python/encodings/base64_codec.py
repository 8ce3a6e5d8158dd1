"""Bytes to MIME base64 (lines of 76 characters) and back."""

import base64
from encodings import _builder


def encode(input, errors='strict'):
    assert errors == 'strict'
    return base64.encodebytes(input), len(input)


def decode(input, errors='strict'):
    assert errors == 'strict'
    return base64.decodebytes(input), len(input)


globals().update(_builder.bytes_codec(__name__, 'base64', encode, decode))
