data = [1, 4, 9, 16]
if any((hit := v) > 5 for v in data):
    print("first over 5:", hit)
print([last := v for v in data], last)


def inside():
    results = [(y := i * 2) for i in range(3)]
    return results, y


print(inside())


def counter():
    count = 0
    return [(count := count + 1) for _ in range(4)], count


print(counter())
