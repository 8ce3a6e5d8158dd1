import sys, warnings
sys.path.insert(0, __import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)), '..'))
warnings.simplefilter('ignore')
TOKMSGS = ('invalid character', 'invalid non-printable', 'unmatched', 'closing parenthesis', 'too many nested',
  'unexpected character after line', 'unexpected EOF', 'literal', 'unterminated', 'inconsistent use of tabs',
  'unindent does not match', 'too many levels', '(unicode error)', 'invalid digit', 'leading zeros')
def tokenizer_error(src):
    try:
        compile(src.encode('utf-8', 'surrogatepass'), 'x', 'exec'); return False
    except SyntaxError as e:
        return any(m in e.msg for m in TOKMSGS)
def keep(cases): return [c for c in cases if tokenizer_error(c)]
from gencases import snips
num_snips = [s for s in snips[:snips.index('"abc')]]
str_snips = snips[snips.index('"abc'):snips.index(')')]
br_snips = ['(]', '(\n\n]', '[)', '{)', '(()]', 'x)', ')', ']', '}', '({[)]}', 'f(a, b]', '[\n  1,\n  2)', '{\n(\n]', 'x = (1,\n2]\n']
ch_snips = ['\u20ac', 'a\u00a0b', '\u00e9\u20ac', 'x\u00b2', '\u00b7', 'a\u00b7\u20ac', '\x01', '\x7f', '\x0b', '\ufeff', 'a\u200bb', '\U0001F600', '\u3000', '\u2028', '\u00e9\u00e9\u00a0', '\U000e0100', '\u0300x']
bs_snips = ['\\ x', '\\', '1 + \\', 'x = 1 \\x', '\\\n\\', 'x = \\ # c']
ctx = ['{}', 'x = {}', '\u00e9\u00e9 = {}', 'x = \\\n  {}', 'x = """\n""" + {}', 'if x:\n    {}\n', 'y = 1\n{}', 'f({}, \u00e9)']
def combos(sn, cx): return keep([c.format(s) for c in cx for s in sn])
indent = ['if x:\n    y\n  z\n', 'if x:\n\ty\n        z\n', 'if x:\n        y\n\tz\n', 'if x:\n  \ty\n\t  z\n', 'if x:\n    y\n  zzzz = 1\n',
  'if x:\n    y\n  \u00e9\n', 'if x:\n    y\n\x0c  z\n', 'if x:\n    y\n  # c\n z\n', 'if x:\n    y\n  \\\n z\n', 'if x:\n    y\n  \\\n    z\n',
  'def f():\n    x = 1\n    if y:\n        z\n  w\n', 'if x:\n  y\n z', 'if x:\n\tif y:\n\t\tz\n\t    w\n', 'if 1:\n\t\tx\n\t        y\n',
  ''.join(' ' * i + 'if x:\n' for i in range(100)) + ' ' * 100 + 'pass\n']
GROUPS = [
 ('numberErrors', 'err', combos(num_snips, ctx[:3] + ctx[5:7]), 'Number errors in several contexts (offsets count characters; leading zeros count bytes).'),
 ('stringErrors', 'err', combos(str_snips, ctx), 'Unterminated strings: at the start of the literal, detected at the line where the scan stopped.'),
 ('bracketErrors', 'err', combos(br_snips, ctx[:3] + ctx[5:]) + keep(['x = (' + '(' * 200, 'x = ' + '[{(' * 67, '(' * 199 + ')' * 200]), 'Bracket matching and nesting limits.'),
 ('characterErrors', 'err', combos(ch_snips, ctx), 'Invalid and non-printable characters, as CPython reports their first bad code point.'),
 ('continuationErrors', 'err', combos(bs_snips, ['{}', 'x = {}', '\u00e9 = 1 + {}', 'x = \\\n  {}', 'x = """\n""" + {}', 'if x:\n    {}', 'x = (1,\n 2){}']) + keep(['\\\n\\\n', 'x = 1 +\\', 'x = \\\n\\\n', 'y = 1\n\\\n\\\n', '\\ \n1', 'x = 1 \\\n\\\n\\ 2\n']), 'Backslash continuation errors (offsets in bytes, from the start of CPython\'s buffer).'),
 ('deepButValid', 'ok', [''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'pass\n', '(' * 200 + ')' * 200, 'if x:\n ' + '(' * 200 + ')' * 200],
  'The deepest indentation and nesting CPython accepts.'),
 ('indentationErrors', 'err', indent, 'TabError, unindent mismatch and the depth limit.'),
 ('errorTokens', 'err', ['$', 'a ? b', '`x`', 'a ! b', 'a!b', 'x = \\\n  $', 'x = """\n""" + ?', '\u00e9 = $'], 'Characters CPython makes error tokens of: "invalid syntax" at them (text as the parser shows it).'),
]
