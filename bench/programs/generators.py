# Generator pipelines, yield from, and generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)


def run(n):
    total = sum(x * x for x in evens(numbers(n)))
    return total + sum(chained(n))


print(run(5000000))
