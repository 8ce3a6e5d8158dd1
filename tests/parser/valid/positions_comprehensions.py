# Positions inside comprehensions and generator expressions.
x = [a for b in c]
x = [a
     for b in c
     if d]
x = {a: b for c in d}
x = {a for b in c}
x = (a for b in c)
x = (
    a
    for b in c
    for d in e
    if f
)
f(a for b in c)
f(
    a for b in c
)
x = [[a for a in b] for b in c]
x = [a for (b, c) in d]
x = [a for b, c in d]
x = [a for b.c in d]
x = [é for é in ü if é]
x = [(a, b) for a in c for b in d]
x = [
    a
    for
    b
    in
    c
]
