r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[1:100:2])
print(5 in r, 6 in r, r.index(11), r.count(8), list(range(0)), list(range(5, 0, -1)), list(range(-3)))
print(range(10)[-3:], range(0, 10, 2)[::-1], range(10**20)[10**19], range(0, 10**20, 7)[-1])
try:
    len(range(10**20))
except OverflowError as e:
    print(type(e).__name__, e)
print(list(range(10, -10, -4)), range(3) == range(3), range(0) == range(1, 1), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(5)[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(3)
except ValueError as e:
    print(type(e).__name__, e)
print(r.start, r.stop, r.step, reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
print(sum(range(101)), max(range(-5, 3)), min(range(7, 2, -1)), list(map(abs, range(-2, 3))))
