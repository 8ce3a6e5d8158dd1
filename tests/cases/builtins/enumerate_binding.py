# enumerate's own argument binding (by position) and its subclasses' (Argument Clinic)
for a, k in [((), {}), ((), {'start': 1}), ((), {'iterable': 'a', 'x': 1}), (('a',), {'x': 1}), (('a',), {'iterable': 1}), ((1,2,3), {}), ((), {'start':1, 'iterable':'ab'}), ((), {'iterable':'ab', 'start':1}), (('ab',), {'start':1})]:
  try: print(list(enumerate(*a, **k)))
  except TypeError as e: print(e)
class E(enumerate): pass
for a, k in [((), {}), ((), {'start': 1}), ((), {'iterable': 'a', 'x': 1}), (('a',), {'x': 1}), (('a',), {'iterable': 1}), ((1,2,3), {}), ((), {'start':1, 'iterable':'ab'})]:
  try: print(list(E(*a, **k)))
  except TypeError as e: print(e)
