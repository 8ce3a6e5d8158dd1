def bubble(xs):
    xs = list(xs)
    for end in range(len(xs) - 1, 0, -1):
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
    return xs


def reverse_in_place(xs):
    i, j = 0, len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i, j = i + 1, j - 1
    return xs


def permute_cycle(xs):
    xs[0], xs[1], xs[2] = xs[1], xs[2], xs[0]
    return xs


print(bubble([5, 2, 9, 1, 5, 6]), bubble([]), bubble("dcba"))
print(reverse_in_place([1, 2, 3, 4, 5]), reverse_in_place([]), reverse_in_place(["x"]))
print(permute_cycle(["a", "b", "c"]))
