# Building nodes by hand: constructor errors, and compile()'s checks of malformed trees.
import ast

def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('too many', lambda: ast.Name('a', ast.Load(), 3))
attempt('one field', lambda: ast.Return(1, 2))
attempt('twice', lambda: ast.Name('a', id='b'))
attempt('AST args', lambda: ast.AST(1))
attempt('no fields', lambda: ast.Pass(1))
attempt('unknown kw', lambda: ast.Name(foo=1).foo)
attempt('missing attr', lambda: ast.Name().id)
attempt('missing list', lambda: ast.Module().body)
print(ast.Name('x').__dict__, ast.Name(ctx=ast.Load()).__dict__.keys())
n = ast.Name('x', ast.Load(), lineno=3)
print(n.id, n.lineno, n.end_lineno, n.__reduce__()[0].__name__, n.__reduce__()[1], sorted(n.__reduce__()[2]))
class Mine(ast.AST):
    _fields = ('left', 'right')
m = Mine(1, right=2)
print(m.left, m.right, Mine._attributes)
attempt('subclass', lambda: Mine(1, 2, 3))
class MyName(ast.Name):
    pass
print(ast.dump(MyName('q', ast.Load())))

L = dict(lineno=1, col_offset=0)
def Mod(*body):
    return ast.Module(list(body), [])
def expr_tree(e):
    return ast.Expression(e)

CASES = [
    ('no lineno', Mod(ast.Expr(ast.Name('x', ast.Load())))),
    ('int as expr', Mod(ast.Expr(3, **L))),
    ('missing value', Mod(ast.Expr(**L))),
    ('body not list', ast.Module(body=3, type_ignores=[])),
    ('body tuple', ast.Module(body=(), type_ignores=[])),
    ('no type_ignores', ast.Module(body=[])),
    ('int stmt', Mod(3)),
    ('id not str', expr_tree(ast.Name(3, ast.Load(), **L))),
    ('id None', expr_tree(ast.Name(None, ast.Load(), **L))),
    ('store ctx', expr_tree(ast.Name('x', ast.Store(), **L))),
    ('ctx class', expr_tree(ast.Name('x', ast.Load, **L))),
    ('op class', expr_tree(ast.BinOp(ast.Constant(1, **L), ast.Add, ast.Constant(2, **L), **L))),
    ('op wrong', expr_tree(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(2, **L), **L))),
    ('constant list', expr_tree(ast.Constant([1], **L))),
    ('constant tuple', expr_tree(ast.Constant((1, [2]), **L))),
    ('lineno str', expr_tree(ast.Name('x', ast.Load(), lineno='a', col_offset=0))),
    ('lineno huge', expr_tree(ast.Constant(1, lineno=2 ** 70, col_offset=0))),
    ('kind int', expr_tree(ast.Constant(1, kind=3, **L))),
    ('name None', expr_tree(ast.Name('None', ast.Load(), **L))),
    ('name True', expr_tree(ast.Name('True', ast.Load(), **L))),
    ('wrong mode', expr_tree(ast.Constant(1, **L))),
    ('keyword arg int', expr_tree(ast.Call(ast.Name('f', ast.Load(), **L), [], [ast.keyword(1, ast.Constant(1, **L), **L)], **L))),
    ('arguments int', expr_tree(ast.Lambda(3, ast.Constant(1, **L), **L))),
    ('empty if', Mod(ast.If(ast.Name('x', ast.Load(), **L), [], [], **L))),
    ('empty func', Mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L))),
    ('no comparators', expr_tree(ast.Compare(ast.Name('x', ast.Load(), **L), [], [], **L))),
    ('ops mismatch', expr_tree(ast.Compare(ast.Name('x', ast.Load(), **L), [], [ast.Name('y', ast.Load(), **L)], **L))),
    ('short boolop', expr_tree(ast.BoolOp(ast.And(), [ast.Name('x', ast.Load(), **L)], **L))),
    ('assign load', Mod(ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L))),
    ('assign const', Mod(ast.Assign([ast.Constant(1, **L)], ast.Constant(1, **L), **L))),
    ('no targets', Mod(ast.Assign([], ast.Constant(1, **L), **L))),
    ('del empty', Mod(ast.Delete([], **L))),
    ('raise cause', Mod(ast.Raise(None, ast.Name('e', ast.Load(), **L), **L))),
    ('bare try', Mod(ast.Try([ast.Pass(**L)], [], [], [], **L))),
    ('try else', Mod(ast.Try([ast.Pass(**L)], [], [ast.Pass(**L)], [ast.Pass(**L)], **L))),
    ('negative level', Mod(ast.ImportFrom('m', [ast.alias('x', **L)], -1, **L))),
    ('no names', Mod(ast.Import([], **L))),
    ('dict lengths', expr_tree(ast.Dict([ast.Constant(1, **L)], [], **L))),
    ('no generators', expr_tree(ast.ListComp(ast.Name('x', ast.Load(), **L), [], **L))),
    ('defaults', Mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, [ast.Constant(1, **L)]), [ast.Pass(**L)], [], **L))),
    ('kw_defaults', Mod(ast.FunctionDef('f', ast.arguments([], [], None, [ast.arg('a', **L)], [], None, []), [ast.Pass(**L)], [], **L))),
    ('with empty', Mod(ast.With([], [ast.Pass(**L)], **L))),
    ('match empty', Mod(ast.Match(ast.Name('x', ast.Load(), **L), [], **L))),
    ('starred', Mod(ast.Assign([ast.Name('x', ast.Store(), **L)], ast.Starred(ast.Name('a', ast.Load(), **L), ast.Load(), **L), **L))),
]
for label, tree in CASES:
    mode = 'exec' if isinstance(tree, ast.Module) else 'eval'
    if label == 'wrong mode':
        mode = 'exec'
    try:
        compile(tree, '<tree>', mode)
        print(label, 'compiled')
    except (TypeError, ValueError, SyntaxError, OverflowError) as e:
        print(label, type(e).__name__, str(e).split(' object at 0x')[0])

attempt('compile int', lambda: compile(3, '<s>', 'exec'))
attempt('compile Name', lambda: compile(ast.Name('x', ast.Load(), **L), '<s>', 'exec'))
attempt('bad mode', lambda: ast.parse('x', mode='bad'))
attempt('func_type flag', lambda: compile('x', '<s>', 'func_type'))
# None is allowed where ASDL says optional, and positions may lack their ends.
print(eval(compile(ast.Expression(ast.Constant(7, lineno=1, col_offset=0, end_lineno=None)), '<s>', 'eval')))
print(eval(compile(ast.Expression(MyName('len', ast.Load(), **L)), '<s>', 'eval')))
