import unicodedata as u

print(u.unidata_version)
# a sample of the code space: every property of every 61st code point, and all of Latin-1
total = {}
for cp in list(range(0x100)) + list(range(0x100, 0x110000, 61)) + [0x13439, 0x17000, 0x18800, 0x1b170, 0xac00, 0xd7a3, 0x4e00, 0x9fff, 0x2a6df, 0x2a6e0]:
    c = chr(cp)
    row = (u.name(c, None), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c),
           u.mirrored(c), u.decomposition(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
    if cp < 0x100 or cp % 3721 == 0:
        print(hex(cp), row)
    for i, v in enumerate(row):
        total[i] = (total.get(i, 0) * 31 + hash(str(v))) % 1000000007 if False else total.get(i, 0) + len(str(v))
print(total)
for c in '7\u00bd\u2155\u0663\u00b2\u2460\u5146\U0001ecb4x':
    print(ascii(c), u.decimal(c, -1), u.digit(c, -1), u.numeric(c, -1))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'GRINNING FACE', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-9FFF', 'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'NULL', 'LINE FEED',
             'LATIN SMALL LETTER A WITH MACRON AND GRAVE', b'EURO SIGN', 'TANGUT COMPONENT-001',
             'nope', 'x' * 300, 'HANGUL SYLLABLE ga', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-2A6E0',
             ' LATIN SMALL LETTER A', 'LATIN SMALL LETTER A\x00', 5, bytearray(b'A')]:
    try:
        print(ascii(u.lookup(name)))
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [lambda: u.name('ab'), lambda: u.name(65), lambda: u.name('\x00'), lambda: u.name('\ue000'),
            lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.category(''),
            lambda: u.mirrored('ab'), lambda: u.combining(3), lambda: u.name(), lambda: u.name('a', 'b', 'c'),
            lambda: u.lookup(name='A'), lambda: u.decomposition(None)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
