def count_paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    return memo[(r, c)]


print(count_paths(2, 2), count_paths(10, 10), count_paths(16, 16))


def partitions(n, max_part=None):
    if max_part is None:
        max_part = n
    if n == 0:
        return [[]]
    out = []
    for k in range(min(n, max_part), 0, -1):
        for rest in partitions(n - k, k):
            out.append([k] + rest)
    return out


print(len(partitions(10)), partitions(4))


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    return [[x] + p for i, x in enumerate(items) for p in permutations(items[:i] + items[i + 1:])]


print(permutations([1, 2, 3]), len(permutations(list("abcde"))))
