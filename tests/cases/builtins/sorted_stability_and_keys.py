data = ["b2", "a10", "a2", "b1", "a1", "c"]
print(sorted(data))
print(sorted(data, key=lambda s: (s[0], int(s[1:] or 0))))
print(sorted(data, key=len), sorted(data, key=len, reverse=True))
nums = [0.5, -2, 3, -0.0, 0, 1e-9, -1e9]
print(sorted(nums), sorted(nums, key=abs))
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([[3, "c"], [1, "a"], [2, "b"], [1, "0"]]))
print(sorted(range(10), key=lambda x: x % 3), sorted("Mississippi", key=str.lower))
