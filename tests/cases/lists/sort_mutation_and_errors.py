l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2:
            raise RuntimeError("cannot compare 2")
        return self.v < o.v
    def __repr__(self): return f"B{self.v}"
items = [Bad(3), Bad(1), Bad(2), Bad(0)]
try:
    items.sort()
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(items), sorted(b.v for b in items))
m = [5, 4, 3, 2, 1]
class Clear:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        m.clear()
        return self.v < o.v
m = [Clear(i) for i in (3, 1, 2)]
try:
    m.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(m))
calls = []
class Counted:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
sorted([Counted(i) for i in [4, 2, 5, 1, 3]])
print(calls)
keys = []
print(sorted([3, 1, 2], key=lambda x: keys.append(x) or -x), keys)
