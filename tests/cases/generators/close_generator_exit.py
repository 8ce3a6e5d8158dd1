def tracked():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")


g = tracked()
print(next(g))
g.close()
g.close()
print("double close ok")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_close()
next(r)
print(r.close())
unstarted = tracked()
unstarted.close()
print("closing unstarted runs nothing")
