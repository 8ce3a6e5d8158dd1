# Every comparison operator, chains and mixes with boolean operators.
a = x == y
b = x != y
c = x < y
d = x <= y
e = x > y
f = x >= y
g = x is y
h = x is not y
i = x in y
j = x not in y
k = a < b < c
l = a < b <= c == d != e > f >= g is h is not i in j not in k
m = not a == b
n = (a == b) == c
o = a == (b == c)
p = a is not None
q = a not in [1, 2, 3]
r = a in {1: 2}
s = a < b and b < c or c < d
t = a if a < b else b
u = x is (not y)
v = [a < b for a in c if a != b]
w = a<b
z = a    not    in    b
zz = a is   not b
