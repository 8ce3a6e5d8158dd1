a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [0, *a, 5, *"xy"], (*range(2),))
d1 = {"x": 1}
d2 = {"y": 2, "x": 10}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1}, {**{}, "w": 1})
print(*a, *b)
print([*[], *()], {**{}})
s = "hi"
print([*s], {*s} == {"h", "i"})
nested = [*[*a, *a], *b]
print(nested)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
t = *a, *b
print(t, type(t).__name__)
