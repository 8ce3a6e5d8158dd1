# Code hot enough to be compiled by Taipan's second tier, entered both at calls and in the
# middle of running loops, with exceptions, handlers, closures and generators around it.
import sys


def nested_loops(n):
    total = 0
    for i in range(n):
        for j in range(3):
            total += i * j - (i ^ j)
    return total


def while_loop(n):
    i, acc = 0, []
    while i < n:
        if i % 1000 == 0:
            acc.append(i)
        i += 1
    return acc


def handlers(n):
    caught = 0
    for i in range(n):
        try:
            if i % 7 == 0:
                raise ValueError(i)
            {}[i]
        except ValueError as e:
            caught += e.args[0] % 3
        except KeyError:
            caught += 1
        finally:
            caught += 2
    return caught


class Box:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def bump(self, by=1):
        self.v += by
        return self


def methods(n):
    b = Box(0)
    for i in range(n):
        b.bump().bump(by=i % 3)
    return b.v


def closures(n):
    count = 0

    def inc(k):
        nonlocal count
        count += k
    for i in range(n):
        inc(i & 1)
    return count


def gen(n):
    for i in range(n):
        yield i * 2


def comprehensions(n):
    a = [x for x in gen(n) if x % 3]
    b = {x % 11: x for x in range(n)}
    c = {x % 13 for x in range(n)}
    return len(a), sum(b.values()), sorted(c)[:4]


def unpack_and_build(n):
    out = 0
    for i in range(n):
        a, *rest, z = (i, i + 1, i + 2, i + 3)
        d = {"a": a, **{"z": z}}
        s = f"{a}-{z:>4}|{rest!r}"
        out += len(s) + d["z"] - d["a"] + len(rest)
    return out


def with_blocks(n):
    class CM:
        entered = 0

        def __enter__(self):
            CM.entered += 1
            return self

        def __exit__(self, *exc):
            return exc[0] is KeyError
    for i in range(n):
        with CM():
            if i % 5 == 0:
                raise KeyError(i)
    return CM.entered


def deep(k):
    return 0 if k == 0 else 1 + deep(k - 1)


def late_error(n):
    total = 0
    for i in range(n):
        total += 10 // (n - 1 - i) if i < n - 1 else 0
    return total


def star_calls(n):
    def f(a, b=2, *args, c=3, **kw):
        return a + b + c + len(args) + len(kw)
    t = 0
    for i in range(n):
        t += f(i) + f(i, 1, 2, 3, c=0, d=1) + f(*(i, i), **{"c": 1})
    return t


print(nested_loops(5000))
print(while_loop(10000))
print(handlers(5000))
print(methods(5000))
print(closures(5000))
print(comprehensions(5000))
print(unpack_and_build(3000))
print(with_blocks(3000))
print(sum(deep(50) for _ in range(300)))
print(late_error(3000))
print(star_calls(3000))
for n in (10, 3000):
    try:
        late_error(n) if n < 100 else (lambda: 1 // 0)()
    except ZeroDivisionError as e:
        print("caught", e)
sys.setrecursionlimit(400)
try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", e)
