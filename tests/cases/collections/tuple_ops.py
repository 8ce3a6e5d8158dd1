t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], t[::-1], len(t), t.count(2), t.index(3))
print(() + (1,), (1,) * 3, (1, 2) + (3,), tuple(), tuple([4, 5]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, (5), ((5,),))
a, b = (1, 2)
print(a, b)
print((1, [2, 3]), ((1, 2), (3, 4))[1][0])
t2 = (1, [2])
t2[1].append(3)
print(t2)
try:
    t2[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t2[1] += [4]
except TypeError as e:
    print(type(e).__name__, e)
print(t2)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "pair"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
