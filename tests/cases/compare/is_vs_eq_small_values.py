a = None
b = None
print(a is b, a == b)
t1 = ()
t2 = tuple([])
print(t1 == t2, len(t1) == len(t2))
x = [1, 2, 3]
y = x[:]
print(x == y, x is y, x is x)
print(True is (1 == 1), False is (1 > 2), (1 < 2) is True)
flag = bool("yes")
print(flag is True, bool("") is False)
f = float("nan")
print(f is f, f == f, [f] == [f])
s = {1: "a"}
print(s.get(2) is None, s.get(1) is not None)
