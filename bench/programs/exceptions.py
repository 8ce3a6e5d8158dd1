# Raising and catching exceptions, try/finally, and with statements.
class Resource:
    def __init__(self):
        self.opened = 0

    def __enter__(self):
        self.opened += 1
        return self

    def __exit__(self, *exc):
        self.opened -= 1
        return False


def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    total = 0
    r = Resource()
    for i in range(n):
        try:
            with r:
                total += risky(i)
        except ValueError:
            caught += 1
        except KeyError as e:
            caught += 2
        finally:
            total += 1
    return caught, total, r.opened


print(run(1600000))
