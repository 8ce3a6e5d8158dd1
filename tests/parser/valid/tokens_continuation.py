# Backslash continuations in many places.
x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
z = f(a,
      b) + \
    g(c)
def f(a, \
      b):
    return \
        a
with a as b, \
     c as d:
    pass
assert x, \
    "msg"
s = 'abc' \
    'def'
import os, \
    sys
from a import \
    b
del x, \
    y
w = [1, \
     2]
for i in \
        range(3):
    pass
class C( \
        B):
    pass
v = 1 \
    \
    + 2
q = x \
.y
