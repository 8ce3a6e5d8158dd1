"""Makes the classes of a codec module (Codec, IncrementalEncoder/Decoder, StreamWriter/Reader
and getregentry) from its encode and decode functions, so that each encodings module is short."""

import codecs


def text_codec(module, name, encode, decode, buffered=True, text=True):
    """The classes of a stateless codec; with buffered, its decoder waits for cut-off characters
    (decode takes a final argument)."""

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if buffered:
        class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return decode(input, errors, final)

        class StreamReader(Codec, codecs.StreamReader):
            def decode(self, input, errors='strict'):
                return decode(input, errors, False)
    else:
        class IncrementalDecoder(codecs.IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]

        class StreamReader(Codec, codecs.StreamReader):
            pass

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    classes = {'Codec': Codec, 'IncrementalEncoder': IncrementalEncoder, 'IncrementalDecoder': IncrementalDecoder,
               'StreamWriter': StreamWriter, 'StreamReader': StreamReader}
    for cls_name, cls in classes.items():
        cls.__module__ = module
        cls.__qualname__ = cls_name

    def getregentry():
        return codecs.CodecInfo(name=name, encode=encode,
                                decode=_plain(decode) if buffered else decode,
                                incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                                streamwriter=StreamWriter, streamreader=StreamReader,
                                **({} if text else {'_is_text_encoding': False}))

    classes['getregentry'] = getregentry
    return classes


def _plain(decode):
    # codecs' decode functions are called with (input, errors): the whole input is final
    def whole(input, errors='strict'):
        return decode(input, errors, True)
    whole.__name__ = getattr(decode, '__name__', 'decode')
    return whole


def bytes_codec(module, name, encode, decode):
    """A bytes-to-bytes (or str-to-str) codec such as hex or rot13: not a text encoding."""
    return text_codec(module, name, encode, decode, buffered=False, text=False)


def charmap_codec(module, name, decoding_table):
    """A single-byte code page given by its 256-character decoding table ('\\ufffe' = undefined)."""
    encoding_table = codecs.charmap_build(decoding_table)

    def encode(input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)

    classes = text_codec(module, name, encode, decode, buffered=False)
    classes['encoding_table'] = encoding_table
    return classes
