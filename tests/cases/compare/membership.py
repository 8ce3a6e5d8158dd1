print(1 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print("b" in "abc", "bc" in "abc", "" in "abc", "ca" in "abc", "x" not in "")
print(2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"}, 3 in {1, 2, 3})
print(5 in range(0, 10, 5), 7 in range(0, 10, 5), -1 in range(-5, 0), 10 in range(10))
print(1.0 in [1], True in [1], 0 in [False], None in [0, ""])
print([1] in [[1], [2]], (1,) in [[1]], "a" in ["ab"])
nan = float("nan")
lst = [nan]
print(nan in lst, float("nan") in lst)


class Container:
    def __contains__(self, item):
        print("contains", item)
        return item % 2 == 0


c = Container()
print(4 in c, 5 in c, 5 not in c)


class Iterable:
    def __iter__(self):
        return iter([10, 20, 30])


print(20 in Iterable(), 25 in Iterable())


class Indexed:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i


print(9 in Indexed(), 5 in Indexed())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
