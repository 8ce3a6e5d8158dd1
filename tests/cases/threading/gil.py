# Threads take turns: a spinning thread hands over to the others (at backward jumps and calls),
# sys switch interval, per-thread recursion limits, sys._current_frames.
import sys
import threading
import time

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print('ValueError:', e)
sys.setswitchinterval(0.005)

# Each loop shape: the spinning thread must let the setter run.
box = {'flag': None}


def spin_while_not():
    deadline = time.monotonic() + 20
    n = 0
    while not box['flag']:
        n += 1
        if time.monotonic() > deadline:
            return 'timed out'
    return 'saw flag'


def spin_while_none():
    deadline = time.monotonic() + 20
    while box['flag'] is None:
        if time.monotonic() > deadline:
            return 'timed out'
    return 'saw flag'


def spin_true():
    deadline = time.monotonic() + 20
    while True:
        if box['flag'] or time.monotonic() > deadline:
            break
    return 'saw flag' if box['flag'] else 'timed out'


def spin_for():
    deadline = time.monotonic() + 20
    for i in range(10 ** 9):
        if box['flag'] or time.monotonic() > deadline:
            break
    return 'saw flag' if box['flag'] else 'timed out'


for spin in (spin_while_not, spin_while_none, spin_true, spin_for):
    box['flag'] = None
    out = []
    started = threading.Event()

    def spinner():
        started.set()
        out.append(spin())

    def setter():
        started.wait(20)
        box['flag'] = True

    ts = [threading.Thread(target=spinner), threading.Thread(target=setter)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(30)
    print(spin.__name__, out)

# Two counting threads both make progress while the other runs.
counts = [0, 0]
stop = threading.Event()


def count(k):
    while not stop.is_set():
        counts[k] += 1


ts = [threading.Thread(target=count, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
deadline = time.monotonic() + 20
while min(counts) < 1000 and time.monotonic() < deadline:
    time.sleep(0.01)
stop.set()
for t in ts:
    t.join(20)
print('both counted', min(counts) >= 1000)

# The recursion limit is the interpreter's: threads have it too.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


res = []


def recurse():
    try:
        res.append(depth(5000))
    except RecursionError as e:
        res.append('RecursionError')
    try:
        depth(10 ** 6)
    except RecursionError as e:
        res.append(str(e))


sys.setrecursionlimit(6000)
t = threading.Thread(target=recurse)
t.start()
t.join(30)
sys.setrecursionlimit(1000)
print(res)

# sys._current_frames shows where the other threads are.
parked = threading.Event()
release = threading.Event()


def parked_worker():
    parked.set()
    release.wait(20)


t = threading.Thread(target=parked_worker)
t.start()
parked.wait(20)
time.sleep(0.01)
frames = sys._current_frames()
f = frames[t.ident]
names = []
while f is not None:
    if f.f_code.co_filename == __file__:
        names.append(f.f_code.co_name)
    f = f.f_back
print(sorted(frames) == sorted([threading.get_ident(), t.ident]), names)
print(frames[threading.get_ident()].f_code.co_name)
release.set()
t.join(20)
print(t.ident in sys._current_frames())
