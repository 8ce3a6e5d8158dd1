class Cancelled(Exception):
    pass


class Tick:
    def __await__(self):
        yield


async def long_task(log):
    try:
        for i in range(100):
            log.append(i)
            await Tick()
    except Cancelled:
        log.append("cancelled")
        return "cleaned up"
    return "finished"


log = []
task = long_task(log)
for _ in range(3):
    task.send(None)
try:
    task.throw(Cancelled())
except StopIteration as e:
    print("result:", e.value)
print(log)
