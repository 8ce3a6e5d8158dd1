class C:
    def __contains__(self, x):
        print("contains", x)
        return x > 2
c = C()
print(3 in c, 1 in c, 1 not in c)
class Truthy:
    def __contains__(self, x):
        return [x]
print(5 in Truthy(), type(5 in Truthy()).__name__)
class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(20 in GetItemOnly(), 25 in GetItemOnly())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print(type(e).__name__, e)
for container in [5, None, 1.0]:
    try:
        1 in container
    except TypeError as e:
        print(type(e).__name__, e)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1}
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc", [1] in [[1]])
try:
    "a" in b"abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(nan in [nan], float("nan") in [nan], 1 in [1.0], 1 in {1.0: "x"})
class ContainsNone:
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
