import contextlib
import io
import sys

@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('h1') as t:
    print('inside', t)
print(type(tag('x')).__name__, tag.__name__)

@contextlib.contextmanager
def handler():
    try:
        yield
    except ValueError as e:
        print('handled', e)

with handler():
    raise ValueError('boom')
print('after handled')
try:
    with handler():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))

@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def twice():
    yield
    yield
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextlib.contextmanager
def swallow_and_continue():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_and_continue():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(3), decorated(4))

with contextlib.suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('not suppressed')

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured')
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    sys.stderr.write('to err\n')
print(repr(err.getvalue()))

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closed', self.n)
with contextlib.closing(Res(1)) as r:
    print('using', r.n)
with contextlib.nullcontext(42) as v:
    print('null', v)
with contextlib.nullcontext() as v:
    print('null', v)

with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag('s%d' % i))
    stack.callback(print, 'callback', 1, end='!\n')
    print('body')

def cleanup_fails():
    raise KeyError('cleanup')
try:
    with contextlib.ExitStack() as stack:
        stack.callback(cleanup_fails)
        raise ValueError('original')
except KeyError as e:
    print('KeyError', e, 'context', repr(e.__context__))

with contextlib.ExitStack() as outer:
    outer.callback(print, 'outer callback')
    inner = outer.pop_all()
print('after outer')
inner.close()

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('suppressing', a[0].__name__)
        return True
with contextlib.ExitStack() as stack:
    stack.push(Suppressor())
    raise IndexError
print('suppressed by pushed')
try:
    contextlib.ExitStack().enter_context(42)
except TypeError as e:
    print('TypeError', e)
print(isinstance(contextlib.nullcontext(), contextlib.AbstractContextManager),
      issubclass(type(open), contextlib.AbstractContextManager), issubclass(io.StringIO, contextlib.AbstractContextManager))

class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('enter CM')
        return self
    def __exit__(self, *exc):
        print('exit CM')
        return False
@CM()
def f():
    print('in f')
f()

@contextlib.contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration('x')
except StopIteration as e:
    print('StopIteration', e)
