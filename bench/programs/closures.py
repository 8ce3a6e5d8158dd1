# Closures, nonlocal counters, and functions returning functions.
def make_counter():
    count = 0

    def incr(by=1):
        nonlocal count
        count += by
        return count

    return incr


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    counter = make_counter()
    add_one = lambda x: x + 1
    double = lambda x: x * 2
    h = compose(add_one, double)
    total = 0
    for i in range(n):
        total += h(i) + counter()
    return total


print(run(3600000))
