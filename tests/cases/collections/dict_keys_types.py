d = {}
d[1] = "int"
d[1.5] = "float"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[frozenset({1})] = "fs"
d[True] = "bool overwrites int key 1"
d[b"1"] = "bytes"
d[-0.0] = "zero"
d[0] = "int zero replaces value, keeps key"
print(d)
print(len(d), d[1], d[0.0], d[False])
print(list(d)[0], type(list(d)[0]).__name__)
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
