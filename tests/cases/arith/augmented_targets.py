lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 7
lst[1] **= 5
print(lst)
d = {"a": 1}
d["a"] -= 5
d.setdefault("b", 0)
d["b"] += 2 ** 65
print(d)


class Box:
    pass


b = Box()
b.v = 3
b.v //= 2
b.v <<= 10
print(b.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 9
grid[0][0] -= 1
print(grid)
calls = []


def idx(i):
    calls.append(i)
    return i


arr = [10, 20, 30]
arr[idx(2)] += arr[idx(0)]
print(arr, calls)
t = (1, 2)
t += (3,)
print(t)
s = "ab"
s *= 3
print(s)
