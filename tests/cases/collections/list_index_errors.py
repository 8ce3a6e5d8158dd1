lst = [10, 20, 30]
for i in (0, 2, -1, -3, 3, -4, 100):
    try:
        print(i, lst[i])
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    lst["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst[3] = 1
except IndexError as e:
    print(type(e).__name__, e)
print(lst[True], lst[False])


class Idx:
    def __index__(self):
        return 1


print(lst[Idx()], lst[Idx():], "abc"[Idx()])
try:
    ()[0]
except IndexError as e:
    print(type(e).__name__, e)
