class Step:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        got = yield self.label
        return f"{self.label}->{got}"


async def level3():
    return await Step("L3")


async def level2():
    r = await level3()
    return "L2(" + r + ")"


async def level1():
    a = await level2()
    b = await Step("L1")
    return [a, b]


c = level1()
print(c.send(None))
print(c.send("x"))
try:
    c.send("y")
except StopIteration as e:
    print(e.value)
