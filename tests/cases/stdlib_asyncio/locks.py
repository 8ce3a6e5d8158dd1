# asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
import asyncio


def state(obj):
    return repr(obj).split(" object at ")[0] + " [" + repr(obj).split(" [")[1]


async def main():
    lock = asyncio.Lock()
    print(state(lock), lock.locked())
    log = []

    async def critical(name):
        async with lock:
            log.append(f"{name} in")
            await asyncio.sleep(0.005)
            log.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(log)
    print(await lock.acquire(), state(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    await waiter
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as x:
        print("as value:", x)

    # A cancelled waiter gives its turn to the next one.
    await lock.acquire()
    w1 = asyncio.create_task(lock.acquire())
    w2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w1.cancel()
    lock.release()
    await asyncio.sleep(0)
    print(w1.cancelled(), w2.done(), lock.locked())
    await asyncio.sleep(0)
    print(w2.done(), lock.locked())
    lock.release()

    ev = asyncio.Event()
    print(state(ev), ev.is_set())
    async def wait_event(n):
        r = await ev.wait()
        print("event seen by", n, r)
    tasks = [asyncio.create_task(wait_event(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(ev))
    ev.set()
    await asyncio.gather(*tasks)
    print(await ev.wait(), state(ev))
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consume(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "took", items.pop(0))
    consumers = [asyncio.create_task(consume(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(state(cond))
    async with cond:
        items.extend(["x", "y"])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        items.append("z")
        cond.notify_all()
    await asyncio.gather(*consumers)
    for method in (cond.wait(), ):
        try:
            await method
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    print(state(sem))
    active = []
    peak = 0
    async def limited(n):
        nonlocal peak
        async with sem:
            active.append(n)
            peak = max(peak, len(active))
            await asyncio.sleep(0.005)
            active.remove(n)
    await asyncio.gather(*(limited(i) for i in range(5)))
    print("peak", peak, state(sem))
    await sem.acquire()
    await sem.acquire()
    print(sem.locked(), state(sem))
    sem.release()
    sem.release()
    sem.release()
    print(state(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    async def meet(n):
        await asyncio.sleep(0.001 * n)
        idx = await barrier.wait()
        return n, idx
    print(sorted(await asyncio.gather(*(meet(i) for i in range(3)))))

    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

for cls in (asyncio.Event, asyncio.Condition, asyncio.Semaphore, asyncio.BoundedSemaphore):
    try:
        cls(loop=None)
    except TypeError as e:
        print("TypeError:", e)

# A primitive is bound to the loop that first waits on it.
shared = asyncio.Event()


async def wait_shared():
    await asyncio.wait_for(shared.wait(), 0.01)

try:
    asyncio.run(wait_shared())
except TimeoutError:
    print("first loop timed out")
try:
    asyncio.run(wait_shared())
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" object at ")[0], "...", str(e).split("]>")[1])
