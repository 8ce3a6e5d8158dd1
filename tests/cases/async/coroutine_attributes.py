async def sample(x):
    return x


c = sample(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running)
print(c.cr_await, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
print(c.cr_frame)


class Awaiter:
    def __await__(self):
        return iter(["one", "two"])


async def uses_awaiter():
    await Awaiter()
    return "after"


u = uses_awaiter()
print(u.send(None), u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print(e.value)
