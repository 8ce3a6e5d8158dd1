# ast.literal_eval: what it accepts, and CPython's errors for everything else.
import ast

GOOD = ['1', '-1', '+1.5', '1+2j', '-1-2j', '3.5-1j', '0x10', '1_000', "'s'", 'b"b"', "u'u'",
        '"a" "b"', 'None', 'True', 'False', '...', '()', '(1,)', '(1, [2, {3}], {4: -5.0})',
        '[]', '{}', 'set()', '{1, 2, 1}', "{'a': (1, 2), 'b': [None]}", ' 1', '\t[1]', '\n1',
        '-0.0', '1e400', '-1e400', '(((1)))', '[[[]]]', '{1: {2: {3: ()}}}']
BAD = ['x', 'f()', '[1, f()]', '1+2', '"a" + "b"', '--1', '-True', '-(1+2j)', '1 if 1 else 2',
       'frozenset()', 'set([1])', 'a.b', '1j+1', '{1: 2, **a}', '[*a]', 'lambda: 1', '(1+2j)+3j',
       'not 1', '2**3', 'x[0]', 'set()()']

def show(e):
    # the message ends with the node's repr, whose address varies
    text = str(e)
    if ' object at 0x' in text:
        text = text.split(' object at 0x')[0] + '>'
    return f'{type(e).__name__}: {text}'

for s in GOOD:
    v = ast.literal_eval(s)
    print(repr(s), '->', repr(v), type(v).__name__)
for s in BAD:
    try:
        print(repr(s), '->', ast.literal_eval(s))
    except Exception as e:
        print(repr(s), '->', show(e))
for s in ['1+', '(', 'x = 1', '']:
    try:
        ast.literal_eval(s)
    except SyntaxError as e:
        print(repr(s), '-> SyntaxError', e.msg)

# Nodes as well as strings.
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval')))
print(ast.literal_eval(ast.parse('[1, 2]', mode='eval').body))
print(ast.literal_eval(ast.Constant(value=(1, 2))))
print(ast.literal_eval(ast.Dict(keys=[ast.Constant('k')], values=[ast.Constant(1)])))
for node in [ast.Name('x'), ast.Dict(keys=[ast.Constant(1)], values=[]), b'1', 5,
             ast.BinOp(ast.Constant(1), ast.Mult(), ast.Constant(2j))]:
    try:
        ast.literal_eval(node)
    except Exception as e:
        print(show(e))
