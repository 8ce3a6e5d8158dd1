class Yield:
    def __init__(self, priority):
        self.priority = priority

    def __await__(self):
        return (yield self.priority)


async def job(name, steps, prio, out):
    for i in range(steps):
        out.append(f"{name}{i}")
        await Yield(prio)
    return name


def run(jobs):
    out_order = []
    ready = [(0, i, j) for i, j in enumerate(jobs)]
    counter = len(ready)
    while ready:
        ready.sort()
        prio, _, j = ready.pop(0)
        try:
            p = j.send(None)
            counter += 1
            ready.append((p, counter, j))
        except StopIteration as e:
            out_order.append(e.value)
    return out_order


trace = []
print(run([job("lo", 2, 5, trace), job("hi", 3, 1, trace), job("mid", 2, 3, trace)]))
print(trace)
