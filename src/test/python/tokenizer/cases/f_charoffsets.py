GROUPS = [
 ('characterOffsets', 'cerr', ['\u00e9 = 1 \\ 2', '\u00e9 = 1 + \\', 'if x:\n    \u00e9\n  \u00e9 = 1\n', '\u00e9 = \\\n\\\n', '\u00e9\u00e9 = 1 \\\n  + 2 \\ 3',
    'x = """\u00e9\n""" + 1 \\ 2', '\u00e9 = 012', '\u00e9 = 0x', '\u00e9 = \u20ac', '\u00e9 = "abc', '\u00e9 = (]'],
  'With a BOM (or a cookie, or str input) CPython reports byte-counted offsets in characters.'),
]
