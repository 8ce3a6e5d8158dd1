data = [3, 1, "x", 2]


def key(v):
    if isinstance(v, str):
        raise ValueError(f"cannot key {v!r}")
    return v


try:
    data.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e)
print(data)
nums = [5, 3, 1]
try:
    nums.sort(key=lambda v: 1 / (v - 3))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(nums)
try:
    sorted([2, 1], key=lambda v: v, reverse="yes")
    print("truthy reverse accepted")
except TypeError as e:
    print(type(e).__name__, e)
