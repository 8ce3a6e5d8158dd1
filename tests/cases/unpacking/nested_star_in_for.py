records = [("a", (1, 2, 3)), ("b", (4,)), ("c", (5, 6))]
for name, (first, *others) in records:
    print(name, first, others)
for (x, *ys), z in [((1, 2, 3), "p"), ((4,), "q")]:
    print(x, ys, z)
print([[h, t] for h, *t in ["xyz", "uv"]])
