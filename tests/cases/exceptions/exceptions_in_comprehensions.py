def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None


print([safe_div(10, x) for x in (1, 0, 4)])
try:
    print([10 / x for x in (1, 0, 4)])
except ZeroDivisionError as e:
    print("comprehension raised", e)


def gen():
    yield 1
    raise ValueError("inside generator")


try:
    print(list(gen()))
except ValueError as e:
    print("list() propagated", e)
out = []
try:
    for x in gen():
        out.append(x)
except ValueError:
    out.append("stopped")
print(out)
