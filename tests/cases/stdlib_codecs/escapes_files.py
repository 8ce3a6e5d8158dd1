import codecs
import os


for s in ['a\xe9\u20ac\U0001f600\n\t\\\'"', '\x00\x7f\x80']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        b = s.encode(enc)
        print(enc, b, ascii(b.decode(enc)))
for b in [b'\\x41\\u0042\\U00000043\\N{EURO SIGN}\\101\\\n\\a', b'\\x4', b'\\u12', b'\\U1234567', b'\\N{NOPE}', b'\\N{',
          b'abc\\', b'\\U00110000', b'\\u00e9\\x', b'raw \\u20ac \\\\u20ac \\x41']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        try:
            print(enc, ascii(b.decode(enc)))
        except UnicodeDecodeError as e:
            print(enc, 'UnicodeDecodeError', e)
print(codecs.escape_decode(b'a\\x41\\n\\\\'), codecs.escape_encode(b'a\n\x00\'"\\\xff'))
print(ascii(b'a\\x41\\zz'.decode('unicode_escape', 'replace')), b'\\x4'.decode('unicode_escape', 'backslashreplace'))
d = "codecs_tmp_dir"
os.mkdir(d)
path = os.path.join(d, 'f.txt')
with codecs.open(path, 'w', encoding='utf-16') as f:
    print(type(f).__name__, f.encoding)
    f.write('h\xe9llo\nw\u20acrld\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-16') as f:
    print(ascii(f.readline()), ascii(f.read()))
with codecs.open(path, 'rb') as f:
    print(type(f).__name__)
ef = codecs.EncodedFile(open(path, 'rb'), 'utf-8', 'utf-16')
print(ef.read())
ef.close()
os.remove(path)
os.rmdir(d)
