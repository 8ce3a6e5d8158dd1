import sys

class Future:
    """Something to await that suspends once and then resumes with a value."""
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("suspend", self.value)
        return got

def run(coro):
    """A tiny event loop: answers each suspension by doubling its value."""
    result = None
    try:
        while True:
            kind, v = coro.send(result)
            print("loop got", kind, v)
            result = v * 2
    except StopIteration as e:
        return e.value

async def agen(n):
    for i in range(n):
        x = await Future(i)
        yield x + 100
    print("agen done")

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    print("collected", out)
    g = agen(5)
    print(await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    return len(out)

print(run(main()))

class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return await Future(10)
    async def __aexit__(self, t, v, tb):
        print("aexit", t.__name__ if t else None)
        return True

async def with_test():
    async with AsyncCM() as v:
        print("inside", v)
        raise ValueError("suppressed")
    return "after"

print(run(with_test()))

async def nested(n):
    if n == 0:
        return await Future(1)
    return await nested(n - 1) + 1
print(run(nested(3)))

async def thrower():
    try:
        await Future(0)
    except KeyError as e:
        return "handled " + e.args[0]
c = thrower()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
c2 = thrower()
try:
    c2.send(1)
except TypeError as e:
    print(e)
async def simple():
    return 1
s = simple()
s.close()
try:
    s.send(None)
except RuntimeError as e:
    print(e)
print(type(simple).__name__, type(s).__name__)
c2.close()
