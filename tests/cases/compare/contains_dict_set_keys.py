d = {1: "one", "two": 2, (3, 4): "tuple", None: 0, 2.5: "float"}
for k in [1, 1.0, True, "two", (3, 4), None, 2.5, 3, "one", (3,)]:
    print(repr(k), k in d)
s = {0, "", (), frozenset()}
print(0 in s, False in s, 0.0 in s, "" in s, () in s, frozenset() in s, None in s)
try:
    [] in s
except TypeError as e:
    print(type(e).__name__, e)
try:
    {} in d
except TypeError as e:
    print(type(e).__name__, e)
print("one" in d.values(), 2 in d.values(), ("two", 2) in d.items())
