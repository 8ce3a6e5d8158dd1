import dis

from disshow import Buffer, masked, show


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def using(m, path):
    with m as a:
        print(a is m)
    with m, Manager() as b:
        with m:
            return b


show(using)
print(using(Manager(), "p") is not None)
