class Lock:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("acquire", self.name)
        return self

    async def __aexit__(self, t, v, tb):
        print("release", self.name, t.__name__ if t else None)
        return t is KeyError


async def main():
    async with Lock("a") as l:
        print("holding", l.name)
    async with Lock("b"):
        raise KeyError("suppressed")
    try:
        async with Lock("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async with Lock("d") as d, Lock("e") as e:
        print("both", d.name, e.name)
    return "done"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
