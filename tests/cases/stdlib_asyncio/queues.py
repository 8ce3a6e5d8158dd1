# asyncio.Queue, LifoQueue, PriorityQueue: producers and consumers, bounds, join/task_done.
import asyncio


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize, str(q))
    for i in range(3):
        q.put_nowait(i)
    print(str(q), q.qsize())
    print([q.get_nowait() for _ in range(3)])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    print(str(q))

    small = asyncio.Queue(maxsize=2)
    small.put_nowait("a")
    small.put_nowait("b")
    print(small.full())
    try:
        small.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))

    # put() waits while the queue is full.
    log = []
    async def producer():
        for item in "cde":
            await small.put(item)
            log.append(f"put {item}")
    p = asyncio.create_task(producer())
    await asyncio.sleep(0)
    print(log, str(small).split(" tasks")[0])
    while not p.done() or not small.empty():
        item = await small.get()
        log.append(f"got {item}")
    print(log)

    # get() waits while the queue is empty.
    q = asyncio.Queue()
    async def consumer(name):
        while True:
            item = await q.get()
            try:
                if item is None:
                    return f"{name} stopped"
                print(name, "handles", item)
                await asyncio.sleep(0.005)
            finally:
                q.task_done()
    workers = [asyncio.create_task(consumer(f"w{i}")) for i in range(2)]
    for job in range(4):
        await q.put(job)
    await q.join()
    print("all jobs done", q.qsize())
    for _ in workers:
        q.put_nowait(None)
    print(await asyncio.gather(*workers))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue()
    for i in range(4):
        await lifo.put(i)
    print(str(lifo), [await lifo.get() for _ in range(4)])

    prio = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (0, "z")]:
        prio.put_nowait(item)
    print([prio.get_nowait() for _ in range(4)])

    # A cancelled getter does not lose an item.
    q = asyncio.Queue()
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    q.put_nowait("kept")
    print(g.cancelled(), q.get_nowait())

    # join() returns at once when nothing is unfinished.
    await asyncio.Queue().join()
    print("joined empty")
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.Queue[int])
    try:
        asyncio.Queue(loop=None)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
