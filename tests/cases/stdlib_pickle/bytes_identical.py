import pickle, sys
class A:
    def __init__(self): self.x = 1; self.y = [1, 2]
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {"v": self.v * 2}
    def __setstate__(self, st): self.v = st["v"] + 1
class NA(int):
    pass
class LL(list):
    pass
class DD(dict):
    pass
objs = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**100, 10**50,
        0.0, -0.0, 1.5, 1e300, float("inf"), "", "abc", "é\u1234\U00012345", "a\nb\\c\r\0\x1a", "x" * 300,
        b"", b"abc", b"\xff\x00" * 200, bytearray(b"ba"), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], list(range(1001)), {}, {"a": 1}, {1: 2, 3: 4},
        {i: i for i in range(1000)}, set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), set(range(1000)),
        int, str, ValueError, len, sys.intern, pickle.Pickler, type(None), type(...), NotImplemented, ..., 
        A(), S(), G(3), NA(7), LL([1, 2]), DD(a=1), 1j, range(1, 10, 2), slice(1, None), ValueError("bad", 2),
        [A(), A()], ]
shared = [1, 2]
objs.append([shared, shared, (shared,)])
rec = []
rec.append(rec)
objs.append(rec)
rd = {}
rd["self"] = rd
objs.append(rd)
rt = ([],)
rt[0].append(rt)
objs.append(rt)
for proto in range(6):
    for o in objs:
        try:
            d = pickle.dumps(o, proto)
        except Exception as e:
            print(proto, "ERR", type(e).__name__, e)
            continue
        print(proto, d.hex() if len(d) < 120 else (len(d), d[:40].hex(), d[-40:].hex()))
        back = pickle.loads(d)
        if type(back) is not type(o):
            print("  type", type(back))
