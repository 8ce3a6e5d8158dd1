class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    try:
        pairs = [(v, w) for v in values for w in values if w > v]
    except NameError as e:
        pairs = str(e)


print(Holder.doubled, Holder.pairs)
n = 3
g = (i for i in range(n))
n = 100
print(list(g))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([j for j in range(3)], "j" in dir())
