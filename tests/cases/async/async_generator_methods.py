async def agen():
    try:
        received = yield 1
        print("received", received)
        yield 2
    finally:
        print("agen finally")


def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("awaitable suspended")


g = agen()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.aclose()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")
g2 = agen()
print(drive(g2.__anext__()))
try:
    drive(g2.athrow(ValueError("thrown in")))
except ValueError as e:
    print("athrow propagated", e)
