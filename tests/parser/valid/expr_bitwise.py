# Bitwise operators and shifts with their relative precedence.
a = 1 | 2
b = 1 ^ 2
c = 1 & 2
d = 1 << 2
e = 8 >> 1
f = a | b ^ c & d
g = (a | b) ^ (c & d)
h = a << b + c
i = (a << b) + c
j = a & b << c
k = a | b | c | d
l = a ^ b ^ c
m = a & b & c
n = a >> b >> c
o = ~a & ~b
p = a | b == c
q = a | (b == c)
r = x if a & b else y
s = a | b < c ^ d
t = 1<<2>>3
u = -1 >> 2 << -3
v = a & -b | ~c ^ +d
