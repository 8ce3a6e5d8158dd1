# Keyword arguments given to builtins that take none: CPython names methods and module functions fully
# ("bytes.replace()", "math.gcd()"), METH_VARARGS functions by their bare name ("log()").
import math, operator, itertools, functools, heapq, bisect, random, time, sys, json, re, os
for f in [lambda: math.floor(x=1), lambda: divmod(a=1), lambda: [].insert(a=1), lambda: b''.replace(x=1), lambda: {}.fromkeys(x=1), lambda: str.maketrans(x=1), lambda: (1).__round__(x=1), lambda: math.gcd(x=1), lambda: math.log(x=1), lambda: math.pow(x=1), lambda: [].index(x=1), lambda: {}.pop(x=1), lambda: {}.get(x=1),  lambda: ''.replace(x=1), lambda: ''.split(x=1), lambda: list(x=1), lambda: set(x=1), lambda: ''.join(x=1),
          lambda: ''.count(x=1), lambda: b''.count(x=1), lambda: set().union(x=1), lambda: bytearray().insert(x=1), lambda: bytearray().pop(x=1), lambda: [].pop(x=1), lambda: ().index(x=1), lambda: {}.setdefault(x=1), lambda: {}.update(1, 2),
          lambda: heapq.heappush(x=1), lambda: bisect.bisect(x=1), lambda: time.sleep(x=1), lambda: sys.exit(x=1), lambda: math.sqrt(x=1), lambda: math.isclose(1), lambda: functools.reduce(x=1), lambda: abs(x=1), lambda: len(x=1), lambda: iter(x=1), lambda: next(x=1), lambda: getattr(x=1), lambda: isinstance(x=1), lambda: hash(x=1), lambda: repr(x=1), lambda: chr(x=1), lambda: ord(x=1),
          lambda: ''.startswith(x=1), lambda: ''.encode(x=1), lambda: ''.center(x=1), lambda: ''.ljust(1, x=1), lambda: ''.zfill(x=1), lambda: ''.expandtabs(x=1), lambda: ''.splitlines(x=1), lambda: ''.partition(x=1),
          lambda: b''.decode(x=1), lambda: b''.hex(x=1), lambda: bytes.fromhex(x=1), lambda: int.from_bytes(x=1), lambda: (1).to_bytes(x=1), lambda: (1.0).hex(x=1), lambda: float.fromhex(x=1), lambda: (1).bit_length(x=1),
          lambda: [].copy(x=1), lambda: [].extend(x=1), lambda: [].remove(x=1), lambda: [].count(x=1), lambda: set().add(x=1), lambda: set().discard(x=1), lambda: set().issubset(x=1), lambda: frozenset().copy(x=1),
          lambda: {}.keys(x=1), lambda: {}.popitem(x=1), lambda: {}.copy(x=1), lambda: {}.clear(x=1), lambda: range(3).index(x=1), lambda: range(3).count(x=1), lambda: memoryview(b'').tolist(x=1), lambda: slice(1).indices(x=1),
          lambda: random.random(x=1), lambda: json.dumps(1, bogus=1), lambda: object().__format__(x=1), lambda: object().__reduce_ex__(x=1), lambda: type.mro(int, x=1), ]:
  try: f()
  except TypeError as e: print(e)
  except Exception as e: print(type(e).__name__, e)
