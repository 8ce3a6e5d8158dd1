# Positions of operator expressions spanning several lines and with parentheses.
x = (a
     + b
     * c)
x = (a or
     b or
     c)
x = (a and b
     or c and d)
x = (a <
     b <
     c)
x = (not
     a)
x = (-
     a)
x = (a if
     b else
     c)
x = a + (
    b)
x = (a +
     b) * c
x = a \
    + b
x = a ** b ** c
x = (a ** b) ** c
x = a - b - c
x = a or b and c or d
x = [a,
     b][0]
x = f(a)(b)[c].d
x = (a
     .b
     (c)
     [d])
x = lambda a: (
    a +
    1)
x = a if b else (
    c)
x = (await_
     )
