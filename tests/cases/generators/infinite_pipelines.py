def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(list(take(10, primes())))
print(list(take(5, filtered(lambda n: n % 7 == 0, naturals()))))
squares = (n * n for n in naturals())
print(list(take(6, squares)), next(squares))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print([f for f in take(15, fib())][-1], sum(take(50, fib())))
