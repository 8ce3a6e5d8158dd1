# Sorting with keys, list slicing, reversing, and a pure-Python merge sort.
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left = merge_sort(xs[:mid])
    right = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def run(n):
    seed = 12345
    data = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        data.append(seed % 100000)
    a = merge_sort(data)
    b = sorted(data, key=lambda v: (v % 100, v))
    c = sorted(data, reverse=True)
    return a[:3], b[:3], c[:3], a == sorted(data)


print(run(300000))
