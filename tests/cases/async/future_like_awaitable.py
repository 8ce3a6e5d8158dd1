class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []

    def set_result(self, v):
        self.done, self.result = True, v

    def __await__(self):
        while not self.done:
            yield self
        return self.result


async def waiter(fut, name):
    print(name, "waiting")
    value = await fut
    print(name, "got", value)
    return value * 2


fut = Future()
tasks = [waiter(fut, "w1"), waiter(fut, "w2")]
results = {}
rounds = 0
while tasks:
    rounds += 1
    if rounds == 3:
        fut.set_result(21)
    for t in list(tasks):
        try:
            yielded = t.send(None)
            assert yielded is fut
        except StopIteration as e:
            results[len(results)] = e.value
            tasks.remove(t)
print(results, rounds)
