import array
import collections
import gc
import heapq
import inspect
import itertools
import math
import struct
import sys

objects = [dict.get, str.join, [].append, list.sort, dict.fromkeys, int.to_bytes,
           int.from_bytes, set.union, object.__init__, str.split, float.fromhex,
           list.__init__, type.mro, BaseException.with_traceback, "x".upper, b"".decode,
           bytearray.maketrans, str.maketrans, dict.pop, bytes.hex, "x".startswith, len,
           sorted, print, min, iter, object, float, list, tuple, complex, int, str, dict,
           range, property, enumerate, reversed, math.sqrt, math.gcd, itertools.count,
           itertools.groupby, heapq.heappush, sys.getrecursionlimit, gc.collect, struct.pack,
           struct.Struct.unpack, array.array.append, collections.deque]
for obj in objects:
    name = getattr(obj, "__qualname__", repr(obj))
    try:
        print(name, inspect.signature(obj))
    except ValueError as e:
        print(name, "ValueError", str(e).split(" at 0x")[0])
print(inspect.signature([].append).parameters["object"].kind)
print(inspect.signature(dict.get).parameters["self"].kind)
print(inspect.getfullargspec(str.join))
