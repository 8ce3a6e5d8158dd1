first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = (5, 6)
print(everything)
head, *tail = "h"
print(head, tail)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for first, *others in [(1, 2, 3), (4,), ("a", "b")]:
    print(first, others)
[*left, _] = [0]
print(left)
print(type(rest).__name__, type(mid).__name__)
