async def inner():
    raise LookupError("no such record")


async def outer():
    print("outer start")
    await inner()


c = outer()
c.send(None)
