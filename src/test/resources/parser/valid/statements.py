import a.b.c as d, e
from . import x
from .. import (y, z,)
from ...a import b as c
from .... import d
from ..... import e
from a import *
global g, h
def f():
    nonlocal n
@d1
@d2.e(3)
async def f(a, b: int = 1, /, c=2, *d: int, e, f=3, **g) -> int:
    await x
    async for a in b: pass
    async with a as b, c: pass
    return [x async for x in y if z if w]
class C(A, B, metaclass=M, **k):
    "doc"
    x = 1
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while x:
    break
else:
    continue
for a, (b, c) in d:
    pass
else:
    pass
try:
    pass
except E as e:
    pass
except (F, G):
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
with (a as b, c as d,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
raise
raise E from F
assert x, y
x = 1; y = 2;
def g(*, a, b=1): pass
def h(*a: *Ts): pass
lambda *, a: 0
lambda a=1, *b, **c: 0
