import dis

from disshow import Buffer, masked, show


def handlers(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        y = -1
    else:
        y += 1
    finally:
        print("done")
    try:
        raise KeyError(x)
    except KeyError:
        pass
    return y


show(handlers)
print(handlers(2), handlers(0), handlers("a"))
for e in dis._parse_exception_table(handlers.__code__):
    print(e.start, e.end, e.target, e.depth, e.lasti)
