print(sorted([3, 1, 2]), sorted("cab"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted([-3, 2, -1], key=abs))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "xyz"[i]


print(list(reversed(Seq())))


class Rev:
    def __reversed__(self):
        return iter(["custom"])


print(list(reversed(Rev())))
