d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {0: "a", False: "b", 0.0: "c", -0.0: "d", 0j: "e"}
print(d2)
d3 = {(1, 2): "t", frozenset({1}): "fs", "s": 1, b"s": 2, None: 3}
print(d3[(1, 2)], d3[frozenset([1])], d3[b"s"], d3[None])
print({2 ** 64: 1}[2 ** 64], {-1: 1}[-1], {-2: 2}[-2], {hash(-1): "x"}.get(-2))
nan = float("nan")
e = {nan: 1}
print(e.get(nan), e.get(float("nan")), len({nan: 1, float("nan"): 2}))
for bad in [[1], {1}, {}, bytearray(b"x"), ([1],)]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": True}, {1: 2} == {1: 2, 3: 4}, {} == {}, {1: [1]} == {1: [1]})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
