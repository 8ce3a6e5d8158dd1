x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y * i for i in range(3)])
print({k: k * y for k in range(2)}, {y + i for i in range(2)})
total = sum(n for n in range(5))
try:
    print(n)
except NameError as e:
    print(type(e).__name__, e)


def func():
    vals = [1, 2, 3]
    return [v + len(vals) for v in vals]


print(func())
nested = [[i + j for j in range(i)] for i in range(4)]
print(nested)


class K:
    base = 5
    items = [i for i in range(3)]
    try:
        derived = [base + i for i in range(3)]
    except NameError as e:
        derived = "NameError: " + str(e)
    first = [base for _ in range(1)] if False else None


print(K.items, K.derived)
