# Unary operators and their precedence relative to binary operators and await.
x = -a
x = +a
x = ~a
x = not a
x = - a
x = -(-a)
x = --a
x = -~+a
x = not -a
x = -a * b
x = -a ** b
x = (-a) ** b
x = a ** -b
x = -a.b
x = -a[0]
x = -a()
x = ~a & b
x = not a and b
x = not a == b
x = not (a == b)
x = -1
x = -1.5
x = -1j
x = +1
x = ~1
x = not 1
x = - - 1


async def f():
    return -await x
