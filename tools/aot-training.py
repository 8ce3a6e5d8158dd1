# A short program that touches the common paths of the parser, compiler, eval loop, the JIT
# tier and the builtin types. ./taipan runs it once after each build to record the JDK's
# ahead-of-time cache (target/taipan.aot): the classes it loads and the method profiles it
# gathers make every later start, and the warm-up of short programs, faster. Its output is
# discarded. Loops run a few thousand times so that the JIT tier compiles them too.
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


main()
print(work(3000), closures(3000), [x * 2 for x in gen(3000)][-1])
