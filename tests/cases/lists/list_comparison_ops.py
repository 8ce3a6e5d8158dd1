print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], [1, 2] != [2, 1], [[1]] < [[2]])
print([1, 2] == (1, 2), [1] == [1.0], [float("nan")] == [float("nan")], [0] * 3 == [0, 0, 0], [1, [2, [3]]] == [1, [2, [3]]])
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(x for x in "hi"), list({5}))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([], [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(x=1)
except TypeError as e:
    print(type(e).__name__, e)
l = [3]
l.__init__([4, 5])
print(l, bool([]), bool([0]), len([[]]), [1, 2].__class__.__name__)
print(hash is not None, list.__hash__ is None)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(min([3, 1, 2]), max([3, 1, 2]), sum([1, 2, 3]), any([0, 0]), all([]), [i for i in [1, 2] if i > 1])
