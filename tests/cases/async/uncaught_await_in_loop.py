class Tick:
    def __await__(self):
        yield


async def fetch(i):
    await Tick()
    if i == 2:
        raise ConnectionError(f"request {i} failed")
    return i * 10


async def main():
    results = []
    for i in range(4):
        results.append(await fetch(i))
        print("fetched", results[-1])
    return results


coro = main()
while True:
    coro.send(None)
