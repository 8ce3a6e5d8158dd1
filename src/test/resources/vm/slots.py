class P:
    __slots__ = ('x', 'y', '__z')
p = P()
try: p.x
except AttributeError as e: print(e)
p.x = 1
try: p.w = 1
except AttributeError as e: print(e)
try: p.__dict__
except AttributeError as e: print(e)
print(P.x, type(P.x), P.__slots__, list(P.__dict__.keys()))
del p.x
try: del p.x
except AttributeError as e: print(e)
for s in [1, ('a', 'a'), ('1a',), ('a',)]:
  try:
    class Q:
      __slots__ = s
      a = 1
  except Exception as e: print(type(e).__name__, e)
class R:
  __slots__ = 'name'
print(R.__slots__, R.name)
class S(P): pass
s = S(); s.q = 5; print(s.__dict__)
class T(P):
  __slots__ = ('t',)
t = T(); t.t = 1; t.x = 2; print(t.t, t.x)
try: t.zz = 1
except AttributeError as e: print(e)
class U: __slots__ = ('a', '__dict__')
u = U(); u.b = 2; print(u.__dict__)
class V1: __slots__=('a',)
class V2: __slots__=('b',)
try:
  class V(V1, V2): pass
except TypeError as e: print(e)
