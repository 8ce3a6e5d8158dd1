calls = []


def v(x):
    calls.append(x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) != v(2), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, -1 < x <= 5 < 6 < 7)
y, z = None, 3
print(1 < 2 == 2 < z is not y)
print("a" < "b" < "c" <= "c", [1] < [2] < [2, 0])
r = 1 < 2 < 3
print(r, type(r).__name__)
print((1 < 2) < 3, 1 < (2 < 3))
y = 1 < 2 and 2 < 3 or 4 > 5
print(y)
