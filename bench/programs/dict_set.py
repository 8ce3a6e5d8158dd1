# Dict and set operations with int and str keys: store, get, setdefault, in, del,
# iteration, set add/discard/in and set algebra.
def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % 100003] = i
    hits = 0
    for i in range(0, n, 2):
        if i in d:
            hits += d[i]
        hits += d.get(i + 1, 0)
    for i in range(0, n, 3):
        k = i * 7 % 100003
        if k in d:
            del d[k]
    return hits, len(d)


def str_keys(n):
    words = ["w%d" % (i % 3000) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    groups = {}
    for w in words:
        groups.setdefault(w[:2], []).append(w)
    total = 0
    for k, v in counts.items():
        total += v
    return len(counts), total, sorted(len(v) for v in groups.values())[:3]


def sets(n):
    seen = set()
    dup = 0
    for i in range(n):
        k = i * 31 % 50000
        if k in seen:
            dup += 1
        else:
            seen.add(k)
    a = {i for i in range(0, 20000, 2)}
    b = {i for i in range(0, 20000, 3)}
    sizes = 0
    for _ in range(20):
        sizes += len(a | b) + len(a & b) + len(a - b)
    names = set()
    for i in range(n // 2):
        names.add("n" + str(i % 4000))
        names.discard("n" + str((i + 7) % 4000))
    return dup, len(seen), sizes, len(names)


print(int_keys(1800000))
print(str_keys(900000))
print(sets(1350000))
