total = 0


class Acc:
    global total
    total = 5
    local_total = total


print(total, Acc.local_total)


def uses_comprehension_global():
    return [total + i for i in range(3)]


print(uses_comprehension_global())
counter = 0


def inc_many(n):
    global counter
    for _ in range(n):
        counter += 1
    return counter


print(inc_many(3), inc_many(2), counter)
