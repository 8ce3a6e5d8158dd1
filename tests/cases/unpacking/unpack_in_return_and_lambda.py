def minmax(xs):
    return min(xs), max(xs)


lo, hi = minmax([3, 1, 4, 1, 5])
print(lo, hi)


def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last


print(split_name("John Ronald Reuel Tolkien"), split_name("Ada Lovelace"))
swap = lambda pair: (pair[1], pair[0])
print(swap((1, 2)))
points = [(1, 2), (3, 1), (0, 5)]
print(sorted(points, key=lambda p: p[1]), max(points, key=lambda p: p[0] + p[1]))


def stats(*nums):
    total = sum(nums)
    return total, total / len(nums) if nums else None


t, m = stats(2, 4, 9)
print(t, m)
