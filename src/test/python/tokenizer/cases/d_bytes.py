import sys, warnings; sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..')); warnings.simplefilter('ignore')
bad = [b'\xff', b'a\xff', b'a\xffb', b'\xe9t\xe9', b'\xf0\x9f\x98', b'\xed\xa0\x80', b'\xc0\xaf', b'\xfe\xffx', b'\xc3', b'\xe2\x82', b'\xc3\xa9\xff']
ctx = [b'%s', b'x = %s', b'x = 1 # %s\n%s', b'\xc3\xa9 = %s + 1', b'(\n  %s)', b'x = \\\n %s']
def ok(b):
    try: compile(b, 'x', 'exec'); return True
    except SyntaxError: return False
GROUPS = [
 ('undecodableBytes', 'berr', [c.replace(b'%s', s) for c in ctx for s in bad], 'Invalid UTF-8 outside comments and strings: CPython\'s "(unicode error)".'),
 ('decoderErrors', 'berr', [b'# -*- coding: foo -*-\nx=1', b'\n# coding: foo\nx=1', b'\xef\xbb\xbf# coding: latin-1\nx=1', b'# coding=utf8\nx="\xe9"',
   b'\xef\xbb\xbf# coding: latin1\nx=1', b'#coding:ascii\nx="\xe9"', b'  # coding: foo\nx=1', b'\x0c# coding: foo\nx=1', b'\x0c\n# coding: foo\nx=1',
   b'#!python\n  # coding: foo\n', b'# coding: FOO\n', b'# coding: UTF8\nx="\xff"', b'\xef\xbb\xbf# coding: utf8\n', b'# coding: cp1252\nx="\x81"',
   b'# coding: ascii\nx=1\nx="\x81"', b'\xef\xbb\xbf\n# coding: ascii\nx=1\nx="\x81"', b'#\tcoding: foo', b'# coding:\tfoo', b'# coding: foo.bar\n',
   b'# coding: latin-9\nx=1', b'# coding: rot13\nx=1', b'# coding: rot-13\nx=1', b'# coding: Base64\nx=1', b'# coding: UNDEFINED\nx=1', b'# coding: idna\nx="\xe9"',
   b'# coding: foo\r\n', b'\r\n# coding: foo\r\n', b'\r# coding: foo\r', b'#\r# coding: foo\n', b'\x00', b'x = 1\x00', b'# \x00\n', b'# coding: foo\n\x00', b'\xef\xbb\xbf# coding: latin-1\n\x00', b'\xff\x00',
   b'\xef\xbb\xbf\xef\xbb\xbfx=1', b'# coding: cp1252\n\x80 = 1', b'# coding: shift_jis\nx = "\x81"\n'],
  'PEP 263: cookies, BOM, codec errors (CPython reports no line: 0, offset -1).'),
 ('decoding', 'bok', [b'x=1', b'\xef\xbb\xbfx=1', b'\xef\xbb\xbf# coding: utf-8\nx=1', b'# coding: latin-1\nx = "\xff"', b'x=1\n# coding: foo\nx=1',
   b'\n\n# coding: foo\nx=1', b'#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx="\xa4"', b'# coding: utf-8-sig\nx=1', b'\xef\xbb\xbf# coding: utf-8-sig\nx=1',
   b'\xef\xbb\xbf# coding: UTF_8\n', b'# coding: Latin-1\n', b'# coding: ISO-LATIN-1-x\n', b'# coding: utf-8-foo\n', b'#coding:latin-1\n\xff = 1',
   b'# coding:  \n', b'# coding: \xff\n', b'# coding=koi8-r\nx = "\xc1"\n', b'# codingg: foo\n', b'x = 1 # coding: foo\n', b'# \xff\nx=1', b'x = 1 # \xe9\n',
   b'# coding: cp1252\nx = "\x80"', b'# coding: iso8859-15\nx = "\xa4"', b'# coding: windows-1252\nx = 1', b'# coding: l1\nx=1', b'# coding: us-ascii\nx=1',
   b'# coding: mac-roman\nx="\x80"', b'# coding: cp437\nx="\x80"', b'# coding: euc-jp\nx=1', b'# coding: shift_jis\nx = "\x82\xa0"\n', b'# coding: big5\nx=1',
   b'# coding: gbk\nx=1', b'# coding: ascii\r\nx=1\r\n', b'# coding: utf8\nx = "\xc3\xa9"', b'# -*- coding: latin-1 -*-\nx = "\xe9"', b'\xc3\xa9 = 1\n'],
  'Sources that decode, and the text they decode to (as Python decodes them).'),
]
GROUPS += [
 ('cookieSyntaxErrors', 'berr', [b'# coding=  # coding: foo\n', b'# xcoding: foo\n', b'#coding:foo\n', b'# coding: foo bar\n', b'# vim:fileencoding=foo\n',
   b'# codingcoding: foo\n', b'# coding:\n# coding: foo\n', b' \t\x0c# coding: foo\n', b'\xef\xbb\xbf\n# coding: foo\n', b'#!x\n#!y coding=foo\n'],
  'The cookie pattern: anywhere in a comment, first usable match.'),
 ('cookieSyntaxIgnored', 'bok', [b'# coding : foo\n', b'# coding: "foo"\n', b'# -*- coding: utf-8 -*- coding: foo\n', b'#\n#\n# coding: foo\n', b'x # coding: foo\n'],
  'Comments that are no cookie, or come too late.'),
]
