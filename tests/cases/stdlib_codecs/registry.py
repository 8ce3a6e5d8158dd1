import codecs

for name in ['UTF 8', 'latin1', 'utf8', 'ASCII', 'u16', 'UTF-32-BE', 'rot13', 'hex', 'base64', 'utf-8-sig',
             'cp1252', 'Windows-1252', 'koi8_r', 'mac-roman', 'iso-8859-15', 'unicode_escape', 'latin-1']:
    info = codecs.lookup(name)
    print(name, info.name, type(info).__name__, len(info), info._is_text_encoding,
          info.incrementalencoder is not None, info.streamreader is not None)
print(repr(codecs.lookup('utf-8'))[:42])
for bad in [lambda: codecs.lookup('nope'), lambda: codecs.lookup(1), lambda: codecs.lookup(''),
            lambda: codecs.lookup_error('nope'), lambda: codecs.register(1), lambda: codecs.register_error('x', 1),
            lambda: 'x'.encode('rot13'), lambda: b'x'.decode('hex'), lambda: 'x'.encode('nope'),
            lambda: b'x'.decode('nope'), lambda: 'x'.encode('utf-8', 'nope'), lambda: b'\xff'.decode('utf-8', 'nope'),
            lambda: codecs.decode(b'x', 'hex'), lambda: codecs.getincrementalencoder('nope')]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
seen = []


def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)), name='my-codec')
    return None


codecs.register(search)
for n in ['Foo Bar-Baz', 'x.y', '\xc4\xd6', ' a ', 'My Codec']:
    try:
        print(codecs.lookup(n).name)
    except LookupError as e:
        print('LookupError', e)
print(seen)
print('hello'.encode('my-codec'), b'HELLO'.decode('my_codec'), codecs.encode('abc', 'my codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('LookupError', e)
print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot-13'), codecs.encode(b'abc', 'hex'),
      codecs.decode(b'616263', 'hex'), codecs.encode(b'ab', 'base64'), codecs.decode(b'YWI=\n', 'base64'))
print(codecs.encode('\u20ac'), codecs.decode(b'\xe2\x82\xac'), codecs.encode('\xe9', 'latin-1'), codecs.decode(b'\xe9', 'cp1252'))
print(codecs.getencoder('utf-8')('\xe9'), codecs.getdecoder('utf-8')(b'\xc3\xa9'), codecs.getreader('utf-8').__name__,
      codecs.getwriter('utf-8').__name__)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM,
      codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)
print(sorted(codecs.__all__))
print(codecs.utf_8_encode('\xe9'), codecs.utf_8_decode(b'\xc3'), codecs.utf_8_decode(b'\xc3\xa9x\xe2\x82', 'strict', False),
      codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.latin_1_encode('\xff'), codecs.ascii_decode(b'abc'))
print(codecs.charmap_decode(b'\x80\x81', 'replace', codecs.lookup('cp1252').decode.__self__.__class__ if False else None))
