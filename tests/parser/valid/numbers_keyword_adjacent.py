# Numbers directly followed by a keyword or a dot: accepted by CPython 3.11
# (most emit a SyntaxWarning, which is not an error).
a = 1if x else 2
b = 1 if x else 2if y else 3
c = [0x1for x in y]
d = 1or 2
e = 1and 2
f = 0b1and 2
g = 0o7or 1
h = 1.5if x else 0
i = 1jif x else 0
j = 1 if 1else 2
k = 0 in y
l = 1not in y
m = 1_000j.imag
