import json
OLD = json.dumps(['if x:\n    y = 1  # c\n    z = \'a\' \\\n  + f"b{c}"\n\nprint(0x1f, 1.5j, ...)\n', 'x = 1', 'a\r\nb\rc\n', 'def f(a, *, b=2) -> int:\n\treturn a**b // 3\n', 'x = [\n  1,  # one\n\n  2,\n]\n', "é = 'ü'  # ä\nx = é\n", 'class A:\n    def f(self):\n        pass\n\n\n# done\n', 's = \'\'\'a\nb\'\'\' + """\n"""\n', 'x := 1; y @= 2; z->w; a != b; c <<= d; e >>= f; g **= h; i //= j\n', '1if x else 2\n', '0x1for\n', 'x = b\'a\' rb\'b\' BR"c" Rb\'d\' f\'e\' fR\'f\' rF\'g\' u\'h\' U\'i\'\n', "'a\\\nb'\n", 'if x:\n  y\n\n', '', '\n\n', 'x\n\x0c\ny\n', 'ｉｆ = 1\n', '1else x\n', 'x\n  y\n'])
old = json.load(__import__('io').StringIO(OLD))
ops = ['(', ')', '[', ']', ':', ',', ';', '+', '-', '*', '/', '|', '&', '<', '>', '=', '.', '%', '{', '}', '==', '!=', '<=', '>=', '~', '^',
       '<<', '>>', '**', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '**=', '//', '//=', '@', '@=', '->', '...', ':=']
GROUPS = [
 ('basicTokenStreams', 'tok', old, 'Mixed statements, line endings, blank lines, keywords.'),
 ('operators', 'tok', [
    ' '.join(o for o in ops if o not in '()[]{}') + '\n',
    ''.join(o + 'a' for o in ops if o not in '()[]{}') + '\n',
    'a<<=b>>=c**=d//=e->f...g:=h\n', 'a**-b//-c<-d>-e\n', 'x=-1\n', '....\n', '.....\n', 'a. b .c\n', '*a, **b = c\n',
    'f(x)[y]{z}\n', 'a<b>c<=d>=e==f!=g\n', '@dec\ndef f(): pass\n', 'm @ n\n', 'x[1:2, ::3]\n', 'a|=b&=c^=d%=e\n',
  ], 'Every operator and delimiter, longest match first.'),
 ('numbers', 'tok', [
    '0 00 0_0 1 123 1_000_000 0x1F 0XaB_cD 0o17 0O7_7 0b1 0B1_0\n',
    '1. .5 1.5 1e5 1E-5 1.5e+10 1_0.0_1e1_0 0.0 00.5 09.5 09e1\n',
    '1j 1J 1.5j .5j 1e5j 0j 00j 09j 1_1j 5.j\n',
    '1if x else 2\n', '0x1for x in y\n', '0b1and x\n', '0o7or x\n', '1in x\n', '1not in x\n', '1is x\n',
    '0e1if 1 else 2\n', '1jif 1 else 2\n', '1.0if 1 else 2\n', '1e5if 1 else 2\n', '1else\n', '1ifx\n', '1inx\n', '1isx\n',
    '0x1 .real\n', '1 .real\n', '1..real\n', '0x1.5\n', '0b1.5\n', '1_0else\n', '0for\n', '12\u00e9\n',
    '99999999999999999999999999999\n', '1e500\n', '0x' + 'f' * 40 + '\n',
  ], 'Numbers of every form, and numbers running into a keyword.'),
 ('strings', 'tok', [
    "x = b'a' rb'b' BR\"c\" Rb'd' f'e' fR'f' rF'g' u'h' U'i' br'j' Br'k' bR'l' B'm' R'n' F'o' FR'p'\n",
    "'' \"\" '''''' \"\"\"\"\"\"\n", "'a\\'b' \"a\\\"b\" '\\\\' \"\\\\\"\n", "'''a'b''c''' \"\"\"a\"b\"\"c\"\"\"\n",
    "s = '''a\nb\nc''' + x\n", "s = '''\n'''\n", "'a\\\nb\\\nc' d\n", "'''a\\\nb'''\n", "r'\\'' r\"\\\"\" r'\\\\'\n",
    "f'{x}' f\"{x!r:>{w}}\" rf'{a}\\n'\n", "x = '\u00e9\u00e9' + '\u20ac'\n", "x = '''\u00e9\n\u00e9\u00e9''' + y\n",
    "bu'x'\n", "ur'x'\n", "bb'x'\n", "rr'x'\n", "fb'x'\n", "U'x' u'x'\n", "_'x'\n", "b 'x'\n",
    "'a' 'b'\n'c'\n", "'''\r\n'''\r\n", "'\\\r\nx'\r\n", "x = 'a'  # c'\n",
  ], 'String literals: every prefix, quotes, escapes, continuations, multi-line positions.'),
 ('names', 'tok', [
    'abc _ __x__ a1 _1 A_b\n', '\u00e9t\u00e9 = \u03c0 * r\n', '\u4e2d\u6587 = 1\n', '\uff49\uff46 = 1\n',
    '\u2111 = \u210c\n', '\ufb01 = 1\n', '\U0001d400 = 1\n', '\u00b5 = 1\n', 'match x:\n case _:\n  pass\n',
    'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield\n',
    'print match case type _ __debug__\n', 'IF If iF\n',
  ], 'Identifiers: ASCII, non-ASCII (byte columns), NFKC normalisation, keywords.'),
 ('newlinesAndComments', 'tok', [
    'x = 1  # c\ny\n', 'x = 1 # c', 'x\r\ny\r\n', 'x\ry\r', 'x  \n', 'x\t\n', '# only\n', '# only', '\n\n\nx\n', 'x\n\n\n',
    'x # \u00e9\u00e9\n', '\u00e9 # c\n', 'x = (1, # c\n 2)\n', 'x = [\n\n\n]\n', 'x\\\n+ 1\n', 'x \\\n  # c\n', 'if x:\n  y\n  # c\nz\n',
    'x\n  # c\ny\n', 'x\n\t\n  \n\x0c\ny\n', '\x0cx\n', 'x \x0c y\n', 
  ], 'NEWLINE positions: at the newline, or from a trailing comment; no NL or COMMENT tokens.'),
 ('indentation', 'tok', [
    'if x:\n    y\nz\n', 'if x:\n    if y:\n        z\nw\n', 'if x:\n    if y:\n        z\n', 'if x:\n    if y:\n        z\n    w\n',
    'if x:\n\ty\n\tif z:\n\t\tw\n', 
    'if x:\n y\n', 'if x:\n    y', 'if x:\n    y\n    ', 'if x:\n    y\n\n\n', 'if x:\n    y\n# c\nz\n',
    'if x:\n    y = (1,\n2)\n    z\n', 'if x:\n    y = """\nz"""\n    w\n', 'if x:\n  \x0c  y\n    z\n', 'class A:\n  def f():\n    pass\n  x\n',
    'if x:\n    y\n    \\\nz\n', 'if x:\n  y\n\t\n',
  ], 'INDENT/DEDENT with spaces, tabs (stops of 8), form feeds; blank lines and brackets ignored.'),
 ('validIdentifiers', 'ok', ['x\u0301 = 1\n', '\u1885 = 1\n', 'a\u00b7 = 1\n', '\u2118 = 1\n', '_\u0300 = 1\n', '\u309b\u309c'[:0] + 'x\u0e33 = 1\n'],
  'Identifiers the tokenize module splits but CPython accepts.'),
 ('endOfInput', 'tok', ['', '\n', '  ', '  \n', '# c', 'x', 'x\n', 'x # c', 'x\n\n  ', 'if x:\n y\n\n# end'],
  'ENDMARKER on the last line, its position after the line and its newline; DEDENTs there too.'),
]
