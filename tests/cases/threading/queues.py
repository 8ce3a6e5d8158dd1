# queue across threads: producers and consumers, join/task_done, bounded puts, timeouts.
import queue
import threading
import time

q = queue.Queue()
results = []
lock = threading.Lock()


def consumer():
    while True:
        item = q.get(timeout=20)
        if item is None:
            q.task_done()
            return
        with lock:
            results.append(item * item)
        q.task_done()


def producer(base):
    for i in range(50):
        q.put(base + i)


consumers = [threading.Thread(target=consumer) for _ in range(3)]
producers = [threading.Thread(target=producer, args=(b,)) for b in (0, 1000)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join(20)
q.join()
print(len(results), sum(results), q.unfinished_tasks, q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join(20)
print('consumers done', not any(t.is_alive() for t in consumers), q.qsize())

# A bounded queue: put waits until a consumer makes room.
bq = queue.Queue(maxsize=2)
order = []


def slow_consumer():
    for _ in range(5):
        time.sleep(0.002)
        order.append(('got', bq.get(timeout=20)))


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(5):
    bq.put(i, timeout=20)
t.join(20)
print([x for x in order], bq.empty(), bq.full())

# Timeouts and non-blocking calls
try:
    bq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
try:
    bq.get(False)
except queue.Empty:
    print('Empty at once')
bq.put(1)
bq.put(2)
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print('Full after timeout')
try:
    bq.put_nowait(3)
except queue.Full:
    print('Full at once')
try:
    bq.put(3, timeout=-1)
except ValueError as e:
    print('ValueError:', e)
print(bq.get(), bq.get())

# A get waiting for an item that a Timer puts later
q2 = queue.LifoQueue()
threading.Timer(0.01, q2.put, args=['later']).start()
print(q2.get(timeout=20))
pq = queue.PriorityQueue()
threading.Timer(0.01, lambda: [pq.put(x) for x in (3, 1, 2)]).start()
print([pq.get(timeout=20) for _ in range(3)])

# SimpleQueue
sq = queue.SimpleQueue()
threading.Timer(0.01, sq.put, args=['simple']).start()
print(sq.get(timeout=20), sq.empty(), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
try:
    sq.get(timeout=-1)
except ValueError as e:
    print('ValueError:', e)

# task_done too often
q3 = queue.Queue()
try:
    q3.task_done()
except ValueError as e:
    print('ValueError:', e)
