# Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer across threads.
import threading
import time


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except BaseException as e:
        print(type(e).__name__ + ':', e)


def run_all(threads):
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    print('all joined', not any(t.is_alive() for t in threads))


# Condition: consumers wait for items that a producer adds one at a time.
cond = threading.Condition()
items = []
got = []


def consumer():
    with cond:
        if cond.wait_for(lambda: items, timeout=20):
            got.append(items.pop(0))


consumers = [threading.Thread(target=consumer) for _ in range(3)]
for t in consumers:
    t.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
for t in consumers:
    t.join(20)
print(sorted(got), items)
print(repr(cond).startswith('<Condition(<unlocked _thread.RLock object'), repr(cond).endswith(', 0)>'))

# notify_all wakes everyone; notify(n) wakes n
flag = []
woken = []


def waiter():
    with cond:
        cond.wait_for(lambda: flag, 20)
        woken.append(1)


ws = [threading.Thread(target=waiter) for _ in range(4)]
for t in ws:
    t.start()
while True:
    with cond:
        if len(cond._waiters) == 4:
            break
    time.sleep(0.001)
with cond:
    flag.append(1)
    cond.notify_all()
for t in ws:
    t.join(20)
print('woken', len(woken))

with cond:
    print('wait times out', cond.wait(0.01), cond.wait(0), cond.wait_for(lambda: False, 0.01))
attempt(cond.wait)
attempt(cond.notify)
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2._is_owned(), c2.wait(0.001))
print(c2._is_owned())

# Semaphore: at most two holders at a time.
sem = threading.Semaphore(2)
inside = [0]
most = [0]
lock = threading.Lock()


def limited():
    with sem:
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1


run_all([threading.Thread(target=limited) for _ in range(6)])
print('most inside', most[0] <= 2, inside[0])
print(repr(sem).endswith('value=2>'), repr(sem).startswith('<threading.Semaphore at 0x'))
s0 = threading.Semaphore(0)
print(s0.acquire(False), s0.acquire(timeout=0.01), s0.acquire(blocking=False))
s0.release(3)
print(s0._value, s0.acquire(), s0.acquire(False), s0.acquire(timeout=1), s0.acquire(False))
attempt(threading.Semaphore, -1)
attempt(s0.acquire, False, 1)
attempt(s0.release, 0)

# a semaphore released by another thread
s1 = threading.Semaphore(0)
threading.Timer(0.01, s1.release).start()
print('released by timer', s1.acquire(timeout=20))

bs = threading.BoundedSemaphore(2)
print(repr(bs).endswith('value=2/2>'))
bs.acquire()
bs.release()
attempt(bs.release)
bs.acquire()
bs.acquire()
bs.release(2)
attempt(bs.release, 1)

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), repr(ev).endswith(': unset>'))
results = []


def ev_waiter():
    results.append(ev.wait(20))


ts = [threading.Thread(target=ev_waiter) for _ in range(3)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join(20)
print(results, ev.is_set(), ev.wait(), repr(ev).endswith(': set>'))
ev.clear()
print(ev.is_set(), ev.wait(0))

# Barrier
b = threading.Barrier(3, action=lambda: results.append('action'))
indexes = []


def party():
    indexes.append(b.wait(20))


results.clear()
run_all([threading.Thread(target=party) for _ in range(3)])
print(sorted(indexes), results, b.parties, b.n_waiting, b.broken)
indexes.clear()
run_all([threading.Thread(target=party) for _ in range(6)])
print('two rounds', sorted(indexes))
print(repr(b).endswith('waiters=0/3>'))

# A barrier broken by a timeout, then reset
b2 = threading.Barrier(2)
attempt(b2.wait, 0.01)
print(b2.broken, repr(b2).endswith(': broken>'))
attempt(b2.wait)
b2.reset()
print(b2.broken)
outcome = []


def party2():
    try:
        outcome.append(b2.wait(20))
    except threading.BrokenBarrierError:
        outcome.append('broken')


t = threading.Thread(target=party2)
t.start()
while b2.n_waiting < 1:
    time.sleep(0.001)
b2.abort()
t.join(20)
print(outcome, b2.broken)

# the action raises: every party sees the barrier broken
def bad_action():
    raise KeyError('act')


b3 = threading.Barrier(2, action=bad_action)
outcome.clear()


def party3():
    try:
        outcome.append(b3.wait(20))
    except threading.BrokenBarrierError:
        outcome.append('broken')
    except KeyError as e:
        outcome.append('KeyError')


run_all([threading.Thread(target=party3) for _ in range(2)])
print(sorted(outcome))

# Timer
fired = []
tm = threading.Timer(0.01, fired.append, args=['fired'])
tm.start()
tm.join(20)
tm2 = threading.Timer(20, fired.append, args=['never'])
tm2.start()
tm2.cancel()
tm2.join(20)
print(fired, tm2.finished.is_set(), tm.name.startswith('Thread-'))
