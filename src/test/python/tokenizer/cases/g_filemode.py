GROUPS = [
 ('fileModeDecoding', 'ferr', [b'# coding: ASCII\nx = "\xc3\xa9"\n', b'# coding: cp1252\nx = 1\ny = "\x81"\n', b'x = 1 # \xe9\n', b'x = 1\ny = 2\n\x00z\n',
   b'# coding: foo\n\x00\n', b'x = 1\n\xff\n', b'x = "\xc3"\n', b'# coding: latin-1\nx = 1\x00\n', b'x = "\xf0\x9f\x98"\n', b'\xef\xbb\xbf# coding: foo\n',
   b'# coding: utf8\nx = "\xe9"\n', b'x=1\r\ny="\xe9"\r\n', b'x = """\n\xe9"""\n', b'x = "\xc3\xa9\xff"\n', b'x = "\xc3\xa9"\n\xc3\xa9\xe2\x82\n', b'\x00\xff\n',
   b'\xff\x00\n', b'# coding: foo\x00\n', b'\n# coding: foo\n\x00\n', b'\x00\n# coding: foo\n', b'x = 1\x00\ny = "\xff"\n', b'x = "\xff"\ny = 1\x00\n',
   b'# coding: rot13\nx=1\n', b"x = 'a\x00b'\n", b'\xef\xbb\xbf# coding: latin-1\nx = 1\n', b'# -*- coding: nosuch -*-\nx = 1\n'],
  'python3 FILE checks the bytes line by line, with messages of its own.'),
]
