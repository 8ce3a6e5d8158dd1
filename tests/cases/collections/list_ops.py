a = [1, 2]
b = a + [3]
c = a * 3
print(a, b, c, [0] * 0, [] * 5, 2 * [[]])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
proper = [[0] * 2 for _ in range(2)]
proper[0][0] = 9
print(proper)
a += (7, 8)
print(a)
a *= 2
print(a)
alias = a
a += [0]
print(alias is a, alias)
a = a + [1]
print(alias is a, len(alias), len(a))
print([1, 2, 3][1:] + [4][:0], list("hi") + list(range(2)))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(len([[], [[]], [[], []]]), [[1, 2], [3]][0][1], sum([[1], [2, 3]], []))
