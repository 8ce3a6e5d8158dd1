import codecs
import io

for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-32', 'utf-32-be', 'utf-8-sig', 'latin-1', 'cp1252', 'ascii']:
    text = 'a\xe9b' if enc in ('latin-1', 'cp1252', 'ascii') else 'a\xe9\u20ac\U0001f600z'
    if enc == 'ascii':
        text = 'abc'
    data = text.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))]
    pieces.append(d.decode(b'', True))
    e = codecs.getincrementalencoder(enc)()
    out = b''.join(e.encode(c) for c in text) + e.encode('', True)
    print(enc, ascii(pieces), out == data, data)
    print(' ', ascii(list(codecs.iterdecode([data[i:i + 3] for i in range(0, len(data), 3)], enc))),
          list(codecs.iterencode(['ab', 'c'], enc)))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate(), repr(d.decode(b'\xac')), d.getstate())
d.decode(b'\xe2')
d.reset()
print(d.getstate())
try:
    d.decode(b'\xe2', final=True)
except UnicodeDecodeError as e:
    print(e)
for enc in ['utf-8', 'utf-16', 'latin-1', 'cp1252']:
    raw = io.BytesIO()
    w = codecs.getwriter(enc)(raw)
    w.write('line one \xe9\n')
    w.writelines(['two\n', 'three'])
    print(enc, raw.getvalue())
    r = codecs.getreader(enc)(io.BytesIO(raw.getvalue()))
    print(' ', ascii(r.readline()), ascii(r.readline(keepends=False)), ascii(r.read()))
    r = codecs.getreader(enc)(io.BytesIO(raw.getvalue()))
    print(' ', ascii(list(r)), ascii(codecs.getreader(enc)(io.BytesIO(raw.getvalue())).readlines()))
    print(' ', ascii(codecs.getreader(enc)(io.BytesIO(raw.getvalue())).read(5)))
