s = {5, 3, 9, 1, 7}
print(sorted(s), len(s), min(s), max(s), sum(s))
print(s == {1, 3, 5, 7, 9})
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes), sorted(threes - evens))
print(sorted(x for x in evens if x in threes))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
u = set()
for w in "a rose is a rose is a rose".split():
    u.add(w)
print(sorted(u), len(u))
