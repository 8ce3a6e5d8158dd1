# contextvars: ContextVar, Token, Context.run, copy_context, errors
import contextvars as c

v = c.ContextVar('x')
d = c.ContextVar('d', default=10)
print(v.name, d.get(), d.get(5), v.get(7), type(v).__name__, c.ContextVar.__module__)
for f in [lambda: v.get(), lambda: c.ContextVar(1), lambda: v.reset(1), lambda: type('S', (c.ContextVar,), {}),
          lambda: c.Context()[v], lambda: c.ContextVar('y', default=None).get(), lambda: c.Token(), lambda: c.Context(1),
          lambda: c.ContextVar['int'], lambda: c.Context().get(v, 3), lambda: hash(v) == hash(v),
          lambda: type('T', (c.Token,), {}), lambda: type('C', (c.Context,), {}), lambda: c.copy_context().run()]:
    try:
        r = f()
        print(r)
    except LookupError as e:
        print(type(e).__name__, e.args[0] is v)
    except Exception as e:
        print(type(e).__name__, e)

t = v.set(1)
print(t.var is v, t.old_value, v.get(), repr(t.old_value), c.Token.MISSING is t.old_value)
w = c.ContextVar('w')
try:
    w.reset(t)
except ValueError as e:
    print('ValueError', str(e).endswith('was created by a different ContextVar'))
ctx = c.copy_context()
t2 = v.set(2)
print(t2.old_value, v.get(), ctx[v], ctx.get(v), len(ctx), v in ctx, w in ctx, list(ctx) == [v])


def inner(a, b=0):
    print('inner sees', v.get(), a, b)
    try:
        v.reset(t2)
    except ValueError as e:
        print('ValueError', str(e).endswith('was created in a different Context'))
    try:
        ctx.run(lambda: 0)
    except RuntimeError as e:
        print('RuntimeError', str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))
    v.set(99)
    w.set('w')
    return 'result'


print(ctx.run(inner, 1, b=2), v.get(), ctx[v], ctx[w], w.get('none'))
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).endswith('has already been used once'))
v.reset(t)
print(v.get('unset'), repr(t).startswith('<Token used var=<ContextVar name='), repr(d).startswith("<ContextVar name='d' default=10 at 0x"))
ctx2 = c.copy_context()
ctx3 = ctx2.copy()
ctx2.run(v.set, 5)
print(ctx2.get(v), ctx3.get(v), sorted(k.name for k in ctx.keys()), sorted(map(str, ctx.values())), len(ctx.items()))
print(ctx == ctx.copy(), ctx == ctx2, isinstance(c.copy_context(), c.Context))
try:
    ctx[1]
except TypeError as e:
    print('TypeError', e)
try:
    hash(ctx)
except TypeError as e:
    print('TypeError', e)
print(sorted(c.__all__) if hasattr(c, '__all__') else None)
