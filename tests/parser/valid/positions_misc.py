# Positions of nodes that are easy to get wrong: slices, keywords, aliases, handlers, args.
a[1:2]
a[:]
a[::]
a[1:2, 3:4]
a[1, 2]
a[(1, 2)]
a[
    1:2
]
a[b][c:d]
f(k=1, **kw)
import a.b.c
import a.b.c as d, e
from .a import (b as c,
                d)
from . import *
def f(a, b: int, /, c=1, *d: str, e, **f): pass
lambda a, *b, c, **d: 0
x = a.b.c
x = (a
     .b
     .c)
x = a \
    .b
x = 'a' 'b'
x = ('a'
     'b')
x = "a" \
    "b"
x = ...
x = -1
x = - 1
x = not  a
x = a  if  b  else  c
x = *a, b
x = [*a]
x = {**a}
x = {1: 2, **a}
global g
x = (yield_)
x = await_
del (a), [b]
x: int
x = y = z
x = (a := 1)
