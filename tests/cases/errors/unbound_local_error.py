total = 10


def add(n):
    total = total + n
    return total


print(add(5))
