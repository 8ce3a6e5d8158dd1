d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "z"}, k - {"b"} == {"a", "c"}, k ^ {"a", "q"} == {"b", "c", "q"})
print(("a", 1) in i, ("a", 2) in i, 2 in v, "b" in k)
print(len(k), len(v), len(i), list(k), sorted(v, reverse=True))
print(i & {("a", 1), ("b", 5)})
print(k == {"a", "b", "c"}, v == v, k.isdisjoint({"x"}))
it = iter(i)
print(next(it), next(it))
e = {}
print(e.keys(), e.values(), e.items(), list(e), bool(e.keys()))
