class Tick:
    def __await__(self):
        yield


log = []


async def step(name):
    log.append(f"start {name}")
    await Tick()
    log.append(f"end {name}")


async def main():
    try:
        await step("a")
        try:
            await step("b")
            raise RuntimeError("fail in b")
        finally:
            await step("cleanup")
    except RuntimeError as e:
        log.append(f"caught {e}")
    return len(log)


c = main()
steps = 0
try:
    while True:
        c.send(None)
        steps += 1
except StopIteration as e:
    print(e.value, steps)
print(log)
