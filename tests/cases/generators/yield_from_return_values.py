def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x


def batch_totals(batches):
    results = []
    for batch in batches:
        s = summer()
        next(s)
        for v in batch:
            s.send(v)
        try:
            s.send(None)
        except StopIteration as e:
            results.append(e.value)
    return results


print(batch_totals([[1, 2, 3], [], [10, -10, 5]]))


def delegate():
    grand = 0
    while True:
        sub = yield from summer()
        grand += sub
        print("sub total", sub, "grand", grand)


d = delegate()
next(d)
for v in [1, 2, None, 5, None]:
    d.send(v)
