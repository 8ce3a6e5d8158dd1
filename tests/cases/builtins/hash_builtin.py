print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(10 ** 30) == hash(float(10 ** 30)) or "differs")
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(None) == hash(None), hash("") == hash(""), hash(b"ab") == hash(b"ab"))
