import builtins
funcs = ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr', 'dir',
         'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input',
         'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct', 'ord', 'pow',
         'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__import__', '__build_class__',
         'bool', 'bytearray', 'bytes', 'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float',
         'frozenset', 'int', 'list', 'map', 'memoryview', 'object', 'property', 'range', 'reversed', 'set',
         'slice', 'staticmethod', 'str', 'super', 'tuple', 'type', 'zip']
def show(label, fn):
    try:
        r = fn()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
for n in funcs:
    f = getattr(builtins, n)
    if n not in ('dir', 'globals', 'locals', 'vars', 'input', 'object', 'super', 'print'):
        show(n + '()', lambda: f())
    show(n + '(1,2,3,4,5)', lambda: f(1, 2, 3, 4, 5))
    if n not in ('print',):
        show(n + '(zz=1)', lambda: f(zz=1))
show('max(key)', lambda: max([1], key=None, default=2, zz=1))
show('min()', lambda: min([]))
show('min(default)', lambda: min([], default=7))
show('sorted kw', lambda: sorted([2, 1], reverse=True, key=lambda x: x))
show('sorted pos', lambda: sorted([2, 1], None))
show('sum start kw', lambda: sum([1], start=5))
show('round kw', lambda: round(number=2.5, ndigits=None))
show('pow kw', lambda: pow(base=2, exp=3, mod=5))
show('print bad sep', lambda: print(1, sep=5))
show('print bad end', lambda: print(1, end=5))
show('print file', lambda: print(1, file=5))
show('divmod(1, "a")', lambda: divmod(1, "a"))
show('getattr(1)', lambda: getattr(1))
show('getattr(1, 2)', lambda: getattr(1, 2))
show('setattr(1, "a", 1)', lambda: setattr(1, "a", 1))
show('hasattr(1, 2)', lambda: hasattr(1, 2))
show('isinstance(1, 2)', lambda: isinstance(1, 2))
show('issubclass(1, int)', lambda: issubclass(1, int))
show('iter(1, 2)', lambda: iter(1, 2))
show('next(1)', lambda: next(1))
show('chr(-1)', lambda: chr(-1))
show('chr("a")', lambda: chr("a"))
show('ord("ab")', lambda: ord("ab"))
show('ord(1)', lambda: ord(1))
show('hex(1.5)', lambda: hex(1.5))
show('format(1, 2)', lambda: format(1, 2))
show('vars(1)', lambda: vars(1))
show('dir(1, 2)', lambda: dir(1, 2))
show('anext(1)', lambda: anext(1))
show('aiter(1)', lambda: aiter(1))
show('compile bad mode', lambda: compile('1', 'f', 'zz'))
show('eval(1)', lambda: eval(1))
show('exec(1)', lambda: exec(1))
show('exec closure', lambda: exec('x=1', {}, {}, closure=None))
show('abs("a")', lambda: abs("a"))
show('len(1)', lambda: len(1))
show('hash([])', lambda: hash([]))
show('callable()', lambda: callable())
show('slice()', lambda: slice())
show('range(1.5)', lambda: range(1.5))
show('zip strict', lambda: list(zip([1], [1, 2], strict=True)))
show('enumerate(start)', lambda: enumerate([], start='a'))
show('input(1, 2)', lambda: input(1, 2))
show('locals(1)', lambda: locals(1))
show('globals(1)', lambda: globals(1))
show('super(1)', lambda: super(1))
show('object(1)', lambda: object(1))
show('type(1, 2)', lambda: type(1, 2))
