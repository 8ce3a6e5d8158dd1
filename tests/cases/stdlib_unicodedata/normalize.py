import unicodedata as u

samples = ['', 'abc', 'e\u0301', '\u00e9', 'A\u030a', '\u212b', '\u1e9b\u0323', 'ﬁ', '\u2460', '①②',
           '\uac00', '\u1100\u1161\u11a8', '\u1100\u1161', '\uac00\u11a8', 'a\u0327\u0301\u0300', 'a\u0301\u0327',
           '\u0344', '\u0958', 'q\u0307\u0323', '\u00c5\u0327', '\u1e0a\u0323', 'x\u0300\u0315\u0301',
           '\U0001d15e', '\u2126', '\u0f73', '\u0340\u0341', '\ufb2c', '\U0001f600\u0301', '\ud800\u0301',
           '\u0301a', 'Ａ１', '㌀', '\u3099\u304b', '\u304b\u3099', '\u00a0 ½ ²', 'ǆ', '\u1fdd', '\u03d3']
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
# a sweep: each code point of the BMP with marks around it
seen = 0
for cp in range(0, 0x30000, 7):
    s = chr(cp) + '\u0301' + chr(cp) + '\u0327\u0300'
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        seen += len(u.normalize(f, s)) + u.is_normalized(f, s)
print(seen)
for bad in [lambda: u.normalize('NFX', 'a'), lambda: u.normalize('NFC', 1), lambda: u.normalize(1, 'a'),
            lambda: u.normalize('NFC'), lambda: u.is_normalized('nfc', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
