# dict views: set operations with other iterables, reversed, mapping attribute, comparisons, unhashable probes
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k & {"a", "z"}, k | ["q"], k - ("a",), k ^ {"b", "y"}, sorted(i & {("a", 1), ("b", 9)}), sorted(i - {("a", 1)}))
print(k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a"}, i >= {("a", 1)}, k.isdisjoint(["x"]), i.isdisjoint([("a", 1)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), k.mapping, type(k.mapping).__name__, len(v), 2 in v, ("b", 2) in i, ("b", 3) in i)
print(["unhashable"] in k if False else "skip", ("a", []) in i, v == v, v == d.values())
for f in [lambda: [] in k, lambda: k & 5, lambda: v & {1}, lambda: k.mapping["zz"], lambda: reversed(v).__length_hint__()]:
    try:
        print(f())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
d["d"] = 4
print(k, v, i, len(k))
print({1: 2}.keys() | {1: 3}.keys(), dict.fromkeys("ab").keys() - "a", {}.keys() == set(), {}.items() == set())
