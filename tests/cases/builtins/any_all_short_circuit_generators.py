def noisy(values):
    for v in values:
        print("checking", v)
        yield v


print(any(noisy([0, 0, 3, 0])))
print(all(noisy([1, 2, 0, 4])))
print(any(noisy([])), all(noisy([])))
print(any(x > 2 for x in noisy([1, 5, 9])))
print(all(isinstance(x, int) for x in noisy([1, "2", 3])))
