# mutation during iteration: dict/set size changes, dict keys changed, list growth, deque-free
def run(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except (RuntimeError, ValueError) as e:
        print(label, type(e).__name__, e)
def dict_add():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def dict_del():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]; d[k + 100] = 1
    return d
def dict_value_update():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 5
    return d
def dict_values():
    d = {1: 1}
    for v in d.values():
        d[2] = 2
def dict_items():
    d = {1: 1}
    for v in d.items():
        d.pop(1)
def set_add():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def set_discard_readd():
    s = {1, 2}
    for x in s:
        s.discard(x); s.add(x)
    return s
def list_append():
    l = [1, 2, 3]; n = 0
    for x in l:
        n += 1
        if n < 5:
            l.append(x)
    return l
def list_remove():
    l = [1, 2, 3, 4]
    for x in l:
        l.remove(x)
    return l
def dict_clear():
    d = {1: 2, 3: 4}
    for k in d:
        d.clear()
def keys_view_next():
    d = {1: 2}
    it = iter(d.keys()); d[5] = 6
    return next(it)
def stale_iter_after():
    d = {1: 2}
    it = iter(d); next(it); d[3] = 4
    return next(it, "end")
def set_iter_len():
    s = {1, 2, 3}
    it = iter(s); s.pop()
    return list(it)
def dict_reversed():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
def sorted_mut():
    l = [3, 1, 2]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
def bytearray_mut():
    b = bytearray(b"abc")
    for c in b:
        if len(b) < 6:
            b.append(c)
    return b
for name, f in list(globals().items()):
    if callable(f) and name not in ("run",) and not name.startswith("_"):
        run(name, f)
try:
    exhausted = iter({1: 1}); list(exhausted); print(next(exhausted, "done"))
except RuntimeError as e:
    print(e)
