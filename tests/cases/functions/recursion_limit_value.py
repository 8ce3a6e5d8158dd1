import sys

print(sys.getrecursionlimit())


def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


d = depth(0)
print(900 < d < 1000)


def safe_sum(xs):
    if not xs:
        return 0
    return xs[0] + safe_sum(xs[1:])


print(safe_sum(list(range(500))))
