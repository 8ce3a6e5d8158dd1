class Queue:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    async def get(self):
        while not self.items:
            await WaitTurn()
        return self.items.pop(0)


class WaitTurn:
    def __await__(self):
        yield


async def producer(q, n):
    for i in range(n):
        print("produce", i)
        q.put(i)
        await WaitTurn()
    q.put(None)


async def consumer(q):
    got = []
    while True:
        item = await q.get()
        if item is None:
            return got
        print("consume", item)
        got.append(item * item)


q = Queue()
tasks = [consumer(q), producer(q, 4)]
results = {}
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        results[t.__name__] = e.value
print(results)
