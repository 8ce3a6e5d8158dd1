# compile() of malformed trees: the structural checks (patterns, f-string conversions) and
# recursion limits, with CPython's errors.
import ast, sys
L = dict(lineno=1, col_offset=0)
def attempt(label, tree, mode='exec'):
    try:
        compile(ast.fix_missing_locations(tree), '<t>', mode); print(label, 'compiled')
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])
# cyclic
b = ast.BinOp(ast.Constant(1), ast.Add(), None)
b.right = b
attempt('cycle', ast.Expression(b), 'eval')
# deep
e = ast.Constant(1)
for i in range(100000):
    e = ast.UnaryOp(ast.USub(), e)
attempt('deep', ast.Expression(e), 'eval')
# pattern nonsense
m = ast.parse('match x:\n case 1: pass')
m.body[0].cases[0].pattern = ast.MatchValue(ast.Name('y', ast.Load()))
attempt('matchvalue name', m)
m.body[0].cases[0].pattern = ast.MatchStar('y')
attempt('matchstar top', m)
m.body[0].cases[0].pattern = ast.MatchSingleton(5)
attempt('singleton 5', m)
m.body[0].cases[0].pattern = ast.MatchMapping([ast.Constant(1)], [], None)
attempt('mapping mismatch', m)
m.body[0].cases[0].pattern = ast.MatchClass(ast.Name('C', ast.Load()), [], ['a'], [])
attempt('class mismatch', m)
m.body[0].cases[0].pattern = ast.MatchAs(ast.MatchAs(None, 'a'), None)
attempt('as no name', m)
m.body[0].cases[0].pattern = ast.MatchOr([ast.MatchAs(None, 'a')])
attempt('or one', m)
j = ast.parse('f"{x:>{y}}"', mode='eval')
j.body.values[0].format_spec = ast.Constant('>10')
attempt('fmt spec const', j, 'eval')
j.body.values = [ast.Name('z', ast.Load())]
attempt('joined name', j, 'eval')
attempt('fv conv', ast.Expression(ast.JoinedStr([ast.FormattedValue(ast.Name('x', ast.Load()), 5, None)])), 'eval')
attempt('await top', ast.parse('await x'))
attempt('yield top', ast.parse('yield x'))
attempt('return top', ast.parse('return x'))
attempt('break top', ast.Module([ast.Break()], []))
attempt('starred load', ast.Expression(ast.Starred(ast.Name('x', ast.Load()), ast.Load())), 'eval')
attempt('nonlocal top', ast.Module([ast.Nonlocal(['x'])], []))
attempt('slice outside', ast.Expression(ast.Slice(None, None, None)), 'eval')
attempt('annassign simple', ast.Module([ast.AnnAssign(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Store()), ast.Name('int', ast.Load()), None, 1)], []))
attempt('importfrom none', ast.Module([ast.ImportFrom(None, [ast.alias('x')], 0)], []))
attempt('identifier empty', ast.Expression(ast.Name('', ast.Load())), 'eval')
attempt('bytes kind', ast.Expression(ast.Constant(b'x', 'u')), 'eval')
attempt('kw none in call', ast.Expression(ast.Call(ast.Name('f', ast.Load()), [], [ast.keyword(None, ast.Name('d', ast.Load()))])), 'eval')
attempt('dict none key', ast.Expression(ast.Dict([None], [ast.Name('d', ast.Load())])), 'eval')
attempt('interactive', ast.Interactive([ast.Expr(ast.Constant(1))]), 'single')
attempt('funtype', ast.FunctionType([], ast.Constant(1)), 'exec')
attempt('unicode surrogate', ast.Expression(ast.Constant('\ud800')), 'eval')
attempt('conversion -2', ast.Expression(ast.JoinedStr([ast.FormattedValue(ast.Name('x', ast.Load()), -2, None)])), 'eval')

def attempt_pattern(label, pat):
    m = ast.parse('match x:\n case 1: pass')
    m.body[0].cases[0].pattern = pat
    try:
        compile(ast.fix_missing_locations(m), '<t>', 'exec'); print(label, 'compiled')
    except Exception as e:
        print(label, type(e).__name__, str(e)[:100])
C = ast.Constant
attempt_pattern('value none', ast.MatchValue(C(None)))
attempt_pattern('value true', ast.MatchValue(C(True)))
attempt_pattern('value str', ast.MatchValue(C('s')))
attempt_pattern('value bytes', ast.MatchValue(C(b's')))
attempt_pattern('value tuple', ast.MatchValue(C((1,))))
attempt_pattern('value neg', ast.MatchValue(ast.UnaryOp(ast.USub(), C(1))))
attempt_pattern('value not', ast.MatchValue(ast.UnaryOp(ast.Not(), C(1))))
attempt_pattern('value complex', ast.MatchValue(ast.BinOp(C(1), ast.Add(), C(2j))))
attempt_pattern('value binop names', ast.MatchValue(ast.BinOp(ast.Name('a', ast.Load()), ast.Add(), C(2j))))
attempt_pattern('value attr', ast.MatchValue(ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Load())))
attempt_pattern('value fstr', ast.MatchValue(ast.JoinedStr([C('a')])))
attempt_pattern('seq star', ast.MatchSequence([ast.MatchStar('a'), ast.MatchStar('b')]))
attempt_pattern('mapping key name', ast.MatchMapping([ast.Name('k', ast.Load())], [ast.MatchAs(None, 'v')], None))
attempt_pattern('mapping rest bad', ast.MatchMapping([], [], '_'))
attempt_pattern('class cls call', ast.MatchClass(ast.Call(ast.Name('f', ast.Load()), [], []), [], [], []))
attempt_pattern('class attr bad', ast.MatchClass(ast.Name('C', ast.Load()), [], ['1a'], [ast.MatchAs(None, 'v')]))
attempt_pattern('as star name', ast.MatchAs(None, '_'))
attempt_pattern('as bad name', ast.MatchAs(None, 'None'))
attempt_pattern('star None name', ast.MatchSequence([ast.MatchStar('True')]))
attempt_pattern('singleton str', ast.MatchSingleton('x'))
attempt_pattern('mapping key attr', ast.MatchMapping([ast.Attribute(ast.Name('a', ast.Load()), 'b', ast.Load())], [ast.MatchAs(None, 'v')], None))
attempt_pattern('mapping key neg', ast.MatchMapping([ast.UnaryOp(ast.USub(), C(1))], [ast.MatchAs(None, 'v')], None))
