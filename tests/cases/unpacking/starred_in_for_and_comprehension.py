rows = [("ann", 1, 2, 3), ("bob", 4), ("cy",)]
for name, *scores in rows:
    print(name, scores, sum(scores))
print([(n, len(s)) for n, *s in rows])
print({n: s[-1] if s else None for n, *s in rows})
for *init, last in ["abc", "d"]:
    print(init, last)
print([a + c for a, _, c in [(1, 2, 3), (4, 5, 6)]])
