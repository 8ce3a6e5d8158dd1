"""UTF-8 with a byte order mark: written first when encoding, skipped when decoding."""

import codecs
from encodings import _builder

_BOM = codecs.BOM_UTF8


def encode(input, errors='strict'):
    return _BOM + codecs.utf_8_encode(input, errors)[0], len(input)


def decode(input, errors='strict', final=True):
    prefix = 0
    data = bytes(memoryview(input))
    if data[:3] == _BOM:
        prefix = 3
    elif not final and len(data) < 3 and _BOM.startswith(data):
        return '', 0
    text, used = codecs.utf_8_decode(data[prefix:], errors, final)
    return text, used + prefix


_classes = _builder.text_codec(__name__, 'utf-8-sig', encode, decode)
Codec, StreamWriter, getregentry = _classes['Codec'], _classes['StreamWriter'], _classes['getregentry']


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.first = 1

    def encode(self, input, final=False):
        if self.first:
            self.first = 0
            return _BOM + codecs.utf_8_encode(input, self.errors)[0]
        return codecs.utf_8_encode(input, self.errors)[0]

    def reset(self):
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if self.first:
            if len(input) < 3 and _BOM.startswith(input) and not final:
                return '', 0
            self.first = 0
            if input[:3] == _BOM:
                text, used = codecs.utf_8_decode(input[3:], errors, final)
                return text, used + 3
        return codecs.utf_8_decode(input, errors, final)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.first = 1

    def getstate(self):
        state = codecs.BufferedIncrementalDecoder.getstate(self)
        return (state[0], self.first)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.first = state[1]


class StreamReader(_classes['StreamReader']):
    def reset(self):
        codecs.StreamReader.reset(self)
        try:
            del self.decode
        except AttributeError:
            pass

    def decode(self, input, errors='strict'):
        if len(input) < 3 and _BOM.startswith(input):
            return '', 0
        self.decode = lambda input, errors='strict': codecs.utf_8_decode(input, errors, False)
        return decode(input, errors, False)


def getregentry():
    return codecs.CodecInfo(name='utf-8-sig', encode=encode, decode=lambda i, e='strict': decode(i, e, True),
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter)
