class N:
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 7
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
import math
n = N()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
class OnlyIndex:
    def __index__(self): return 9
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.5
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(complex(OnlyFloat()))
class OnlyTrunc:
    def __trunc__(self): return 3
try:
    print(int(OnlyTrunc()))
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
for f, o in [(int, BadInt()), (float, BadFloat()), (complex, BadComplex())]:
    try:
        f(o)
    except TypeError as e:
        print(type(e).__name__, e)
class IntBool:
    def __int__(self): return True
print(int(IntBool()), type(int(IntBool())).__name__)
for f in [int, float, complex]:
    try:
        f([])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    math.floor("x")
except TypeError as e:
    print(type(e).__name__, e)
