GROUPS = [
 ('finalCrLf', 'eof', ['try:\r\n  pass\r\n', 'try:\n  pass\r\n', 'try:\r\n  pass\r', 'try:\r\n  pass', 'try:\n  pass\n\r\n', 'try:\n  pass\n', 'try:\n  pass\n\n',
    'try:\n  pass\n# foo\n', 'try:\n  pass\n   # foo', 'try:\n  pass  # x\n', 'try:\n  pass\\\n\n', 'try:\n  pass # \u00e9\n', 'try:\n  pass\n   '],
  'ENDMARKER position, checked against CPython\'s error at it ("expected \'except\' or \'finally\' block"); a final CRLF adds an empty line.'),
 ('finalCrLfOk', 'ok', ['\\\r\n', 'x = 1\\\r\n', 'x = 1 + \\\r\n  2\r\n'], 'After a final CRLF a backslash is no longer at the end.'),
 ('finalCrLfErrors', 'err', ['x = """a\r\n', 'x = """a\nb\r\n', 'x = """a\rb\r', 'x = """a\r\nb', '\\\n(a  \\"""\nin!)', '\\\n\\\n', '  \\\n  \\\n\\ x'],
  'Error lines with a final CRLF; a backslash at the start of a line restarts CPython\'s buffer.'),
]
