import dis

from disshow import Buffer, masked, show


def loops(items, n):
    total = 0
    for i in items:
        if i < 0:
            continue
        if i > 100:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        total += 1
    for a, b in zip(items, items):
        for c in range(a):
            total += b * c
    return total


show(loops)
print(loops([1, 2, 3], 7))
