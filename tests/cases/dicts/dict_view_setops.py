a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(sorted(a.keys() & {"x", "q"}), sorted({"x", "q"} & a.keys()), sorted(a.keys() | ["l"]), sorted(a.keys() - "xy"))
print(a.keys() <= {"x", "y", "z", "w"}, a.keys() < a.keys(), a.keys() >= {"x"}, a.keys().isdisjoint(b.keys()), a.keys().isdisjoint(["q"]))
print(sorted(a.items() & {("x", 1), ("y", 5)}), sorted(a.items() - {("x", 1)}), sorted(a.items() | {("n", 0)}), a.items() == {("x", 1), ("y", 2), ("z", 3)})
for f in [lambda: a.values() & a.values(), lambda: a.keys() & 5, lambda: a.keys() < [1]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(type(a.keys() & b.keys()).__name__, a.keys() == a.keys(), a.values() == a.values(), a.items() != a.items())
