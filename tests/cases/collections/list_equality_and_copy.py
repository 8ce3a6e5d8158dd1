a = [1, [2, 3], {"k": [4]}]
shallow = a.copy()
also = list(a)
sliced = a[:]
shallow[1].append(99)
print(a, also, sliced)
print(shallow is a, shallow == a, shallow[1] is a[1])


def deep(x):
    if isinstance(x, list):
        return [deep(i) for i in x]
    if isinstance(x, dict):
        return {k: deep(v) for k, v in x.items()}
    return x


d = deep(a)
d[2]["k"].append(5)
print(a, d, d == a)
print([1, 2] == [1, 2.0], [1, 2] != [1, 2], [] == [], [[]] == [[], []])
