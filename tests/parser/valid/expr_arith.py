# Binary and unary arithmetic, with precedence and associativity.
a = 1 + 2
b = a - 3
c = a * b
d = a / b
e = a // b
f = a % b
g = a @ b
h = a ** b
i = -a
j = +a
k = ~a
l = not a

# Precedence: ** binds tighter than unary minus on its left, looser on its right.
m = -2 ** 2
n = 2 ** -1
o = 2 ** 3 ** 2
p = (2 ** 3) ** 2
q = 1 + 2 * 3 - 4 / 5
r = (1 + 2) * (3 - 4) / 5
s = a - b - c
t = a - (b - c)
u = --a
v = -+~a
w = a * -b
x = a // b % c * d @ e
y = 1 + 2 + 3 + 4 + 5 + 6 + 7
z = ((((a))))
aa = a ** -b ** c
bb = not not a
cc = -a ** -b
dd = a+b*c**d//e
ee = a %b
ff = a% b
