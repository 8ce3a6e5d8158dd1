a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
x = [1, 2, 3]
x[0], x[1], x[2] = x[2], x[0], x[1]
print(x)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib(k) for k in range(12)])
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)


class P:
    pass


p = P()
p.x, p.y = 3, 4
p.x, p.y = p.y, p.x
print(p.x, p.y)
