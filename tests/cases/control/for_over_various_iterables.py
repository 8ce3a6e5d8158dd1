for x in (1, 2):
    print("tuple", x)
for k in {"b": 1, "a": 2}:
    print("dict key", k)
for c in "hé":
    print("char", c)
for b in b"AZ":
    print("byte", b)
for i in range(3, 0, -1):
    print("range", i)
for k, v in sorted({"z": 0, "y": 1}.items()):
    print("item", k, v)
for s in sorted({3, 1, 2}):
    print("set", s)
for line in "one\ntwo\n".splitlines():
    print("line", line)
for n in map(abs, [-1, -2]):
    print("map", n)
for i, ch in enumerate(reversed("ab")):
    print("rev", i, ch)
