def until_negative(values):
    for v in values:
        if v < 0:
            return f"stopped at {v}"
        yield v
    return "ran out"


def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value


print(collect(until_negative([1, 2, -3, 4])))
print(collect(until_negative([5, 6])))
print(collect(until_negative([])))


def wrapper():
    result = yield from until_negative([7, -1])
    yield result


print(list(wrapper()))
