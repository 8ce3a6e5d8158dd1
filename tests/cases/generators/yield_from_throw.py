def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        print("sub handled KeyError")
        yield "recovered"
    finally:
        print("sub finally")


def delegator():
    try:
        r = yield from sub()
        print("sub returned", r)
    except ValueError:
        print("delegator handled ValueError")
        yield "delegator recovered"


g = delegator()
print(next(g))
print(g.throw(KeyError))
print(next(g, "end"))
g = delegator()
print(next(g))
print(g.throw(ValueError))
g = delegator()
next(g)
g.close()
print("closed through delegation")
