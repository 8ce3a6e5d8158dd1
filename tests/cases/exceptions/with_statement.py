class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, t, v, tb):
        self.log.append(f"exit {self.name} {t.__name__ if t else None}")
        return False


log = []
with CM("a", log) as a, CM("b", log) as b:
    log.append(f"body {a.name}{b.name}")
print(log)
log = []
try:
    with CM("x", log):
        with CM("y", log):
            raise ValueError
except ValueError:
    log.append("caught")
print(log)


def in_function():
    log = []
    with CM("f", log):
        return log


print(in_function())
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
