class Pause:
    def __await__(self):
        yield


async def worker():
    try:
        await Pause()
        await Pause()
    finally:
        print("worker cleanup")


c = worker()
c.send(None)
c.close()
print("closed")
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)


async def quick():
    return 5


q = quick()
try:
    q.send(None)
except StopIteration as e:
    print(e.value)
try:
    q.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
