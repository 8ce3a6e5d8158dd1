class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        return (yield self.ticks)


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0

    def spawn(self, coro, at=0):
        self.queue.append((at, self.seq, coro))
        self.seq += 1

    def run(self):
        while self.queue:
            self.queue.sort()
            at, _, coro = self.queue.pop(0)
            self.now = at
            try:
                delay = coro.send(None)
            except StopIteration as e:
                print(f"t={self.now} finished with {e.value!r}")
                continue
            self.spawn(coro, self.now + delay)


async def task(name, period, times):
    for i in range(times):
        print(f"t={loop.now} {name} step {i}")
        await Sleep(period)
    return name.upper()


loop = Loop()
loop.spawn(task("fast", 1, 3))
loop.spawn(task("slow", 3, 2))
loop.run()
