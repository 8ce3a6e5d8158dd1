base = {"a": 1, "b": 2}
override = {"b": 20, "c": 30}
merged = {**base, **override}
print(merged, list(merged))
merged2 = {**override, **base}
print(merged2, list(merged2))
print({"b": 0, **base}, {**base, "b": 0})
print(dict(base, **override), base | override)
s = {*range(3), *range(2, 5)}
print(sorted(s))
print([*base], [*base.values()], [*base.items()])
