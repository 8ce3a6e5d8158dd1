# A short program that touches the common paths of the parser, compiler, eval loop, the JIT
# tier and the builtin types. ./taipan runs it once after each build to record the JDK's
# ahead-of-time cache (target/taipan.aot): the classes it loads and the method profiles it
# gathers make every later start, and the warm-up of short programs, faster. Its output is
# discarded. The loops run long enough (about a second in all) for the JDK to profile and
# compile the runtime methods ordinary programs spend their time in; the recorded profiles
# let a later run compile them at once instead of profiling them again. Keep it a broad mix
# of everyday Python, not any one benchmark.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def gen(n):
    for i in range(n):
        yield i * i


def main():
    p = Point(0, 0)
    for i in range(200):
        p = p + Point(i, -i)
    d = {repr(i): i for i in range(50)}
    s = sorted(d.values(), reverse=True)
    total = sum(gen(100)) + len([c for c in "taipan" if c != "a"])
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    print(p, s[:3], total, err, 2 ** 70, 1.5 * 3)


def work(n):
    words, acc, fl = {}, [], 0.0
    for i in range(n):
        key = "k" + str(i % 97)
        words[key] = words.get(key, 0) + 1
        acc.append(f"{i}:{i * 3 % 17:02d}|{i / 7:.3f}|{key!r:>6}")
        fl += (i * 0.5) ** 0.5 - abs(-i) / (i + 1.0)
        if i % 11 == 0:
            try:
                raise ValueError(i)
            except ValueError as e:
                fl -= e.args[0] % 3
    text = ",".join(acc)
    parts = text.split(",")
    upper = sum(1 for p in parts if p.upper().endswith("7") or p.startswith("1"))
    s = {len(p) for p in parts} | set(range(5))
    ordered = sorted(parts[:500], key=lambda p: (len(p), p), reverse=True)
    fmt = "%s|%5d|%.3f|%x" % ("x", n, n / 7, n) + "{0}-{1:>8}".format(n, "y") + text.replace(":0", "-")[:20]
    return len(words), upper, len(s), ordered[0], fmt, round(fl, 3), b"abc".hex(), int("ff", 16)


def closures(n):
    count = 0

    def inc(k):
        nonlocal count
        count += k
    for i in range(n):
        inc(i & 3)
    return count


class Shape:
    count = 0

    def __init__(self, w, h, name="s"):
        self.w = w
        self.h = h
        self.name = name
        Shape.count += 1

    @property
    def area(self):
        return self.w * self.h

    def scaled(self, k):
        return type(self)(self.w * k, self.h * k, name=self.name)

    def __eq__(self, other):
        return isinstance(other, Shape) and (self.w, self.h) == (other.w, other.h)

    def __hash__(self):
        return hash((self.w, self.h))

    def __lt__(self, other):
        return self.area < other.area

    @staticmethod
    def unit():
        return Shape(1, 1)

    @classmethod
    def square(cls, n):
        return cls(n, n)


class Box(Shape):
    def __init__(self, w, h, name="b", depth=1):
        super().__init__(w, h, name)
        self.depth = depth

    def volume(self):
        return self.area * self.depth


def objects(n):
    shapes = [Box(i % 13 + 1, i % 7 + 1, depth=i % 3) if i % 2 else Shape.square(i % 11) for i in range(n)]
    total = 0
    for s in shapes:
        total += s.area
        if hasattr(s, "volume"):
            total += s.volume()
        s.w = s.w + 1
        t = s.scaled(2)
        total += getattr(t, "h") + (1 if s == t else 0) + len(s.name)
    shapes.sort()
    uniq = set(shapes)
    return total, len(uniq), max(shapes).area, min(shapes, key=lambda s: s.h).h, Shape.unit() == Shape(1, 1)


def text(n):
    out, words, acc = [], {}, ""
    for i in range(n):
        w = "  Item%d  " % i
        t = w.strip().lower()
        if t.startswith("item1") or t.endswith("9") or "5" in t:
            t = t.replace("item", "it").upper()
        parts = t.split("1")
        acc += t[-1]
        if len(acc) > 200:
            acc = acc[100:]
        words[parts[0]] = words.get(parts[0], 0) + t.find("3") + t.count("2")
        out.append(f"{t!r:>12}|{i:05d}|{i / 3:.4f}|{i:x}|{i:,}" + str(i * 0.25) + repr(i / 7) + format(i, "b"))
        out.append("{}:{:>4}:{:.2e}".format(i, t[:3], i * 1.5) + "%s-%r-%5.1f" % (t, i, i / 9))
    joined = "\n".join(out)
    lines = joined.splitlines()
    return len(joined), len(lines), sorted(words.items())[:2], acc[:5], "-".join(reversed(lines[0]))[:9], ord(acc[0]), chr(65 + n % 26)


def containers(n):
    # Dicts and sets get int keys and str keys alike, so that the recorded profiles of the
    # table code expect both: a profile that saw str keys only makes the JVM speculate, then
    # throw its compiled code away when a program's first int key arrives.
    d, s, lst = {}, set(), []
    for i in range(n):
        k = i * 7 % 1009
        d[k] = d.get(k, 0) + i
        d.setdefault(str(k % 31), []).append(i)
        s.add(k)
        if k in s and i % 5 == 0:
            s.discard(k)
        w = "w" + str(k % 300)
        s.add(w)
        if w in s and i in d:
            s.discard("w" + str(i % 50))
        lst.append((k, i))
        if i % 3 == 0 and k in d:
            del d[k]
    a, b = set(range(0, 300, 2)), set(range(0, 300, 3))
    algebra = len(a | b) + len(a & b) + len(a - b) + len(a ^ b)
    items = sum(v for k, v in d.items() if isinstance(v, int))
    lst.sort(key=lambda p: (p[1] % 10, p[0]))
    tail = lst[-5:]
    lst.reverse()
    stack = list(range(100))
    while stack:
        stack.pop()
    t = tuple(x for x, _ in lst[:50])
    return len(d), len(s), algebra, items, tail, t.index(t[3]), sum(t), any(t), all(t), list(zip(t, t[1:]))[:2], list(enumerate(t))[-1], {k: v for k, v in zip("abc", t)}


def numbers(n):
    i_acc, f_acc, big = 0, 0.0, 1
    for i in range(1, n):
        i_acc += i * 3 // 2 - i % 7 + (i << 2) - (i >> 1) + (i & 5) + (i | 3) ^ 9
        f_acc += i / 3.0 - (i * 0.5) ** 2 / (i + 1.0) + abs(-i) % 3.5 + float(i) // 7
        if i % 100 == 0:
            big = big * 12345678901 % (10 ** 40 + 7)
        i_acc = -i_acc if i_acc > 10 ** 9 else i_acc
    return i_acc, round(f_acc, 2), big, divmod(i_acc, 7), pow(3, 200, 1000), int("123") + int(4.7), min(1, 2.5), max(3, 4)


def control(n):
    def fib(k):
        return k if k < 2 else fib(k - 1) + fib(k - 2)

    def evens(m):
        for i in range(m):
            if i % 2 == 0:
                yield i
        return m

    def kw(a, b=2, *args, c=3, **kws):
        return a + b + c + len(args) + len(kws)

    caught = 0
    for i in range(n):
        try:
            if i % 4 == 0:
                raise KeyError(i)
            [][i]
        except KeyError as e:
            caught += e.args[0] % 3
        except IndexError:
            caught += 1
        finally:
            caught += 1
    total = sum(evens(n)) + sum(kw(i, c=i, extra=1) + kw(i, i, i) for i in range(n))
    g = evens(10)
    first = next(g)
    pairs = [(a, b) for a in range(30) for b in range(a) if (a + b) % 5 == 0]
    return fib(20), caught, total, first, len(pairs), [*range(3), *"ab"], {**{"x": 1}, "y": 2}


def imports():
    # Importing the standard library's common modules: unmarshalling their cached code, running
    # module and class bodies (ABCMeta, enums, data classes, generics) and compiling patterns.
    import collections, dataclasses, enum, functools, itertools, json, random, re, typing

    @dataclasses.dataclass(order=True)
    class Item:
        name: str
        qty: int = 0
        tags: typing.List[str] = dataclasses.field(default_factory=list)

    class Colour(enum.Enum):
        RED = 1
        GREEN = 2

    counts = collections.Counter("abracadabra")
    od = collections.OrderedDict(sorted(counts.items()))
    dq = collections.deque(range(10), maxlen=5)
    Pair = collections.namedtuple("Pair", "a b")
    items = sorted(Item(n, q) for n, q in zip("cab", (3, 1, 2)))
    text = json.dumps({"items": [dataclasses.asdict(i) for i in items], "od": od}, indent=1)
    words = re.findall(r"[a-z]+\d*", "alpha beta2 gamma33 " * 20)
    return (len(json.loads(text)["items"]), Colour.RED, Pair(1, 2), list(dq), len(words),
            functools.reduce(lambda a, b: a + b, itertools.islice(itertools.count(), 50)),
            random.Random(1).random() < 1, isinstance(counts, typing.Mapping))


main()
print(imports())
print(work(3000), closures(3000), [x * 2 for x in gen(3000)][-1])
for size in (2000, 20000):
    print(objects(size), text(size), containers(size), numbers(size * 5), control(size)[:3])
