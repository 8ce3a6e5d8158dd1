import codecs

text = 'a\xe9\u20ac\U0001f600\udcff b'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
               'surrogatepass']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252', 'cp437', 'koi8-r']:
        try:
            print(errors, enc, text.encode(enc, errors))
        except UnicodeError as e:
            print(errors, enc, type(e).__name__, e)
data = b'a\xe9\x80\xff\xed\xa0\x80\xc3 b'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace']:
    for enc in ['ascii', 'utf-8', 'cp1252', 'cp437', 'utf-16-le', 'utf-32']:
        try:
            print(errors, enc, ascii(data.decode(enc, errors)))
        except (UnicodeError, TypeError) as e:
            print(errors, enc, type(e).__name__, e)
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    h = codecs.lookup_error(name)
    print(name, callable(h))
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'r'), UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'r'),
                UnicodeTranslateError('a\xe9b', 1, 2, 'r'), ValueError('x')]:
        try:
            print(' ', h(exc))
        except Exception as e:
            print(' ', type(e).__name__, e)


def handler(exc):
    print('handler', type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ascii(exc.object[exc.start:exc.end]), exc.end)
    return ('[%d]' % exc.object[exc.start], exc.start + 1)


codecs.register_error('mine', handler)
print(codecs.lookup_error('mine') is handler)
print('a\xe9\u20acb'.encode('ascii', 'mine'), 'x\u20acy'.encode('latin-1', 'mine'), 'z\u0100'.encode('cp1252', 'mine'))
print(b'a\xff\xfeb'.decode('utf-8', 'mine'), b'a\xffb'.decode('ascii', 'mine'), b'\x81'.decode('cp1252', 'mine'))
codecs.register_error('tobytes', lambda e: (b'!!', e.end))
print('a\u20acb'.encode('ascii', 'tobytes'), 'a\u20acb'.encode('cp1252', 'tobytes') if False else '')
codecs.register_error('back', lambda e: ('?', e.start - 10 if isinstance(e, UnicodeEncodeError) else -1))
codecs.register_error('bad', lambda e: 42)
codecs.register_error('far', lambda e: ('', 100))
for f in [lambda: 'abc\u20ac'.encode('ascii', 'bad'), lambda: b'ab\xff'.decode('utf-8', 'bad'),
          lambda: 'abc\u20ac'.encode('ascii', 'far'), lambda: b'ab\xff'.decode('utf-8', 'far'),
          lambda: b'ab\xffcd'.decode('utf-8', 'back')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
