class Rec:
    def __init__(self): self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k)); return 0
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __delitem__(self, k):
        self.log.append(("del", k))
r = Rec()
r[1] = "a"
r[1:2] = "b"
r[::2] = "c"
r[1, 2] = "d"
r[...] = "e"
r[:, 1:] = "f"
del r[0]
del r[1:]
r["k"] += 5
x = r[1:2:3]
print(r.log)
class RO:
    def __getitem__(self, k): return k
ro = RO()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
for obj in [(1, 2), "ab", b"ab", range(3), frozenset()]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
for obj in [5, None, {1}, object()]:
    try:
        obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
