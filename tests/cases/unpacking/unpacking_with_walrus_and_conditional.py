data = [(1, "a"), (2, "b"), (3, "c")]
if (pair := data[1]) and (n := pair[0]) > 1:
    key, letter = pair
    print(key, letter, n)
x, y = (1, 2) if len(data) > 2 else (0, 0)
print(x, y)
a, b = b, a = 1, 2
print(a, b)
p = q = r = (9, 8)
(s, t), u = p, q
print(s, t, u)
