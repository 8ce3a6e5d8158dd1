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


def containers(n):
    # Dicts and sets with int keys as well as str keys, so that the recorded profiles of the
    # table code expect both: a profile that saw str keys only makes the JVM speculate, then
    # throw its compiled code away when the program's first int key arrives.
    d, counts, groups, seen = {}, {}, {}, set()
    hits = 0
    for i in range(n):
        k = i * 7 % 1009
        d[k] = i
        if i in d:
            hits += d[i]
        hits += d.get(i + 1, 0)
        w = "w" + str(k % 300)
        counts[w] = counts.get(w, 0) + 1
        groups.setdefault(w[:2], []).append(w)
        if k in seen or w in seen:
            hits += 1
        seen.add(k)
        seen.add(w)
        seen.discard(k + 3)
        seen.discard("w" + str(i % 50))
    for i in range(0, n, 3):
        if i in d:
            del d[i]
        counts.pop("w" + str(i % 300), None)
    total = sum(v for k, v in d.items()) + sum(len(v) for v in groups.values())
    a = {i for i in range(0, 2000, 2)}
    b = set(range(0, 2000, 3))
    sizes = len(a | b) + len(a & b) + len(a - b) + len(a ^ b) + len(set(counts) & seen)
    return hits, total, sizes, len(d), len(seen)


main()
print(containers(4000))
print(work(3000), closures(3000), [x * 2 for x in gen(3000)][-1])
