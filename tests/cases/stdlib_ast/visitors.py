# NodeVisitor, NodeTransformer, walk and friends; a transformed tree compiled and run.
import ast

SOURCE = '''\
def area(w, h):
    """Area of a rectangle.

    Both sides in metres.
    """
    return w * h

def greet(name):
    print('hello', name)
    return len(name) + 1

total = area(3, 4) + greet("bob")
print(total, area(2, 5))
'''

tree = ast.parse(SOURCE)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = []
        self.names = set()

    def visit_Call(self, node):
        self.calls.append(ast.unparse(node.func))
        self.generic_visit(node)

    def visit_Name(self, node):
        self.names.add(node.id)

c = Counter()
c.visit(tree)
print(c.calls, sorted(c.names))

# Rewrite: multiplication becomes addition, string constants upper-cased, prints dropped
# from greet, and a call to greet gets a logging statement before it.
class Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node

    def visit_Constant(self, node):
        if isinstance(node.value, str) and not node.value.startswith('Area'):
            return ast.Constant(node.value.upper())
        return node

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Call) and getattr(node.value.func, 'id', '') == 'print' \
                and node.col_offset > 0:
            return None
        return node

    def visit_Assign(self, node):
        self.generic_visit(node)
        note = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('assigning')], []))
        return [note, node]

new = ast.fix_missing_locations(Rewrite().visit(tree))
print(ast.unparse(new))
code = compile(new, '<rewritten>', 'exec')
exec(code, {})

# Helpers.
func = tree.body[0]
print(repr(ast.get_docstring(func)))
print(repr(ast.get_docstring(func, clean=False)))
print(ast.get_docstring(tree), ast.get_docstring(tree.body[1]))
try:
    ast.get_docstring(ast.Name('x'))
except TypeError as e:
    print('TypeError', e)
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name('x', ast.Load()))])
print([type(n).__name__ for n in ast.iter_child_nodes(func)])
print(sorted(type(n).__name__ for n in ast.walk(func)))
src = 'x = [1,\n     2]  # c\nif y:\n    zé = "é" + f(a,\n  b)\n'
t = ast.parse(src)
for node in ast.walk(t):
    seg = ast.get_source_segment(src, node)
    if isinstance(node, (ast.Assign, ast.List, ast.BinOp, ast.Call, ast.Constant)):
        print(type(node).__name__, repr(seg), repr(ast.get_source_segment(src, node, padded=True)))
print(ast.get_source_segment(src, ast.Name('q')))

n = ast.parse('a + b\nc').body[0]
ast.increment_lineno(n, 10)
print(n.lineno, n.end_lineno, n.value.left.lineno, n.value.right.end_lineno)
fresh = ast.BinOp(ast.Name('x', ast.Load()), ast.Sub(), ast.Constant(1))
ast.copy_location(fresh, n.value)
print(fresh.lineno, fresh.col_offset, fresh.end_lineno, fresh.end_col_offset, hasattr(fresh.left, 'lineno'))
ast.fix_missing_locations(fresh)
print(fresh.left.lineno, fresh.left.col_offset, fresh.right.end_col_offset)
m = ast.Module([ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('built by hand')], []))], [])
exec(compile(ast.fix_missing_locations(m), '<hand>', 'exec'))
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(e), '<hand>', 'eval')))
i = ast.parse('40 + 2', mode='single')
exec(compile(i, '<single>', 'single'))
print(compile(tree, '<t>', 'exec', ast.PyCF_ONLY_AST) is tree)

# A visitor for the 3.7 node names still runs on Constant, with a DeprecationWarning.
import warnings
class Old(ast.NodeVisitor):
    def visit_Num(self, node):
        print('visit_Num', node.n)
    def visit_Str(self, node):
        print('visit_Str', node.s)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    Old().visit(ast.parse('f(1, "s", None)'))
    print([str(x.message) for x in w])
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Num),
      isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(None), ast.NameConstant))
print(ast.dump(ast.Num(5)), ast.dump(ast.Str('s')), ast.Constant(3).n, type(ast.Index(ast.Name('x'))).__name__)

# Trees copy like any objects (AST.__reduce__), and the copies compile.
import copy
t = ast.parse('x = [1, 2]\nprint(x)')
c = copy.deepcopy(t)
print(ast.dump(c, include_attributes=True) == ast.dump(t, include_attributes=True), c.body[0] is not t.body[0])
s = copy.copy(t.body[0])
print(s.targets is t.body[0].targets, type(s).__name__)
exec(compile(c, '<copy>', 'exec'))
n = ast.Name('x'); n.extra = 5
print(sorted(vars(n)), ast.Name.__init__ is ast.AST.__init__)
