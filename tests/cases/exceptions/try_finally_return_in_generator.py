def gen():
    try:
        yield 1
        return "normal return"
    finally:
        print("finally in generator")


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)


def gen_override():
    try:
        yield 1
    finally:
        return "from finally"


g2 = gen_override()
next(g2)
try:
    g2.throw(ValueError("lost"))
except StopIteration as e:
    print("throw swallowed, value", e.value)
except ValueError:
    print("not reached")
