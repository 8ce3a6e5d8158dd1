# Deep call trees: the cost of a Python-to-Python call.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(fib(33))
for _ in range(10):
    result = ackermann(2, 300)
print(result)
