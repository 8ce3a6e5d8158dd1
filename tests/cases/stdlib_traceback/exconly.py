import traceback

for notes in (['a', 'b\nc', 3], 'xyz', 5, ('t',)):
    e = ValueError('v')
    e.__notes__ = notes
    print(traceback.format_exception_only(e))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


class M(Exception):
    pass


M.__module__ = 'pkg.mod'


class Local:
    class Nested(Exception):
        pass


print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(M('q')))
print(traceback.format_exception_only(Local.Nested('n')))
print(traceback.format_exception_only(ValueError, ValueError('two args')))
print(traceback.format_exception_only(OSError(2, 'gone', 'f.txt')))
for src in ['x = (1,', 'def f(:\n  pass', '  a b', 'x = $', '\tif x\n', 'f(**a, *b)', "'abc"]:
    try:
        compile(src, 'f.py', 'exec')
    except SyntaxError as e:
        print(traceback.format_exception_only(e))
for args in [('msg', ('fn', 3, 5, 'abcdefgh\n', 3, 7)), ('msg',), (),
             ('m', ('fn', None, None, None)), ('m', (None, 2, 9, 'abc\n')),
             ('m', ('f', 2, 0, '   abc\n')), ('m', ('f', 2, 2, ' \tabc\n', 2, 2)),
             ('m', ('f', 2, 5, ' \tabc\n', 2, -1))]:
    print(traceback.format_exception_only(SyntaxError(*args)))
print(traceback.format_exception_only(IndentationError('m', ('f', 2, 2, 'abcdef\n', 2, 5))))

try:
    undefined_nam
except NameError as e:
    print(traceback.format_exception_only(e))
try:
    "s".uper()
except AttributeError as e:
    print(traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, te.stack[0].name)
    print(te == traceback.TracebackException.from_exception(e))
