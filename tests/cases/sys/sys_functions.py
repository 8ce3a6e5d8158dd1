# The functions of sys that reach into the running interpreter.
import sys

def depth():
    return sys._getframe(1).f_code.co_name

def caller():
    return depth()

print(caller(), sys._getframe().f_code.co_name, sys._getframe().f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info())

limit = sys.getrecursionlimit()
print(limit)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(limit)

a = "".join(["inter", "ned"])
b = "".join(["inter", "ned"])
print(a is b, sys.intern(a) is sys.intern(b))
try:
    sys.intern(b"x")
except TypeError as e:
    print(e)

print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**100), sys.getsizeof(-1))
print(sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof("\xe9"), sys.getsizeof("\u20ac"), sys.getsizeof("\U0001F600"))
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(None), sys.getsizeof(True), sys.getsizeof(object()))
print(sys.getsizeof(()), sys.getsizeof((1, 2)), sys.getsizeof([]), sys.getsizeof([1, 2]), sys.getsizeof(list(range(10))))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
print([sys.getsizeof(dict.fromkeys(range(n))) for n in (0, 1, 5, 6, 11)], sys.getsizeof({"a": 1}))
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 18, 19)], sys.getsizeof(frozenset()))

class Sized:
    def __sizeof__(self):
        return 100

class Negative:
    def __sizeof__(self):
        return -1

print(sys.getsizeof(Sized()))
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print(e)
try:
    sys.getsizeof(1, 2, 3)
except TypeError as e:
    print(e)

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1000)
except ValueError as e:
    print(e)
try:
    int("7" * 1001)
except ValueError as e:
    print(e)
print(len(str(10 ** 999)), int("1" * 1000) % 7)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(maxdigits=4300)

seen = []
def hook(event, args):
    if event.startswith("my."):
        seen.append((event, args))
sys.addaudithook(hook)
sys.audit("my.event", 1, "two")
sys.audit("my.other")
print(seen)
for bad in [(), (1,)]:
    try:
        sys.audit(*bad)
    except TypeError as e:
        print(e)

print(sys.gettrace(), sys.getprofile())
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
sys.exit()
