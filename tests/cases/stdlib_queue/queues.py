# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue in one thread (non-blocking and timeouts)
import queue

print(sorted(queue.__all__), queue.Empty, queue.Full, queue.SimpleQueue, queue.PriorityQueue.__mro__)
q = queue.Queue(2)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize, q.unfinished_tasks)
for f in [lambda: q.put(3, timeout=0.01), lambda: q.put(3, timeout=-1), lambda: q.put_nowait(3), lambda: q.put(3, False)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e))
print(q.get(), q.get_nowait(), q.empty())
for f in [lambda: q.get(False), lambda: q.get(timeout=0.01), lambda: q.get_nowait(), lambda: q.get(timeout=-0.5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e))
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
q.join()
print('joined', q.unfinished_tasks)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3]:
    lq.put(x)
    pq.put((x % 3, x))
print([lq.get() for _ in range(5)], [pq.get() for _ in range(5)])
s = queue.SimpleQueue()
for x in 'abc':
    s.put(x)
s.put_nowait('d')
print(s.qsize(), s.empty(), s.get(), s.get(timeout=1), s.get_nowait(), s.get(block=False), s.empty())
for f in [lambda: s.get(False), lambda: s.get(timeout=0.01), lambda: s.get(timeout=-1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(e))
print(queue.Queue[int], queue.SimpleQueue[str], issubclass(queue.Empty, Exception))


class Capped(queue.Queue):
    def _put(self, item):
        super()._put(item * 10)


cq = Capped()
cq.put(4)
print(cq.get(), list(queue.Queue().queue))
u = queue.Queue(0)
for i in range(1000):
    u.put(i)
print(u.full(), u.qsize(), sum(u.get() for _ in range(1000)))
