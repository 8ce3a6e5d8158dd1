# threading.Thread: names, start/join, is_alive, daemon, idents, current/main thread, enumerate.
import threading
import sys


def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except BaseException as e:
        print(type(e).__name__ + ':', e)


main = threading.main_thread()
print(main.name, main.daemon, main is threading.current_thread(), main.ident == threading.get_ident())
print(main.native_id == threading.get_native_id(), main.is_alive())
print(threading.active_count(), threading.enumerate() == [main])
print(threading.TIMEOUT_MAX, threading.ThreadError is RuntimeError, threading.Lock is __import__("_thread").allocate_lock)
print(type(threading.RLock()).__name__, threading.local.__module__, threading.ExceptHookArgs.__name__)

results = {}


def work(n, scale=1):
    t = threading.current_thread()
    results[n] = (t.name, n * scale, t.ident == threading.get_ident(), t.daemon, t.is_alive())


def named():
    pass


t = threading.Thread(target=work, args=(1,), kwargs={'scale': 10})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
t.join(20)
print(results[1], t.is_alive(), repr(t).split()[1].rstrip(')>'), type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).startswith('<Thread(Thread-1 (work), stopped '))

threads = [threading.Thread(target=work, args=(n,), name='worker-%d' % n) for n in range(2, 6)]
for th in threads:
    th.start()
for th in threads:
    th.join(20)
print(sorted(results.items()))
print(len({th.ident for th in threads}) >= 1, all(not th.is_alive() for th in threads))

print(threading.Thread(target=named).name, threading.Thread().name, threading.Thread(name=7).name)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(daemon=True)
        self.n = n
        self.out = None

    def run(self):
        self.out = [self.n * 2, self.daemon, threading.current_thread() is self]


w = Worker(21)
print(w.name, w.daemon)
w.start()
w.join(20)
print(w.out, repr(w).startswith('<Worker(Thread-'), 'stopped daemon' in repr(w))

# errors
t2 = threading.Thread(target=named)
attempt(t2.join)
t2.start()
attempt(t2.start)
attempt(setattr, t2, 'daemon', True)
t2.join(20)
attempt(threading.current_thread().join)
attempt(threading.Thread, group=1)
t3 = threading.Thread(target=named, daemon=True)
t3.daemon = False
t3.name = 'renamed'
print(t3.daemon, t3.name)

# a daemon thread's threads are daemons
inner = []


def outer():
    inner.append(threading.Thread(target=named).daemon)


d = threading.Thread(target=outer, daemon=True)
d.start()
d.join(20)
print(inner)

# join with a timeout on a thread still waiting
gate = threading.Event()
slow = threading.Thread(target=gate.wait, args=(20,))
slow.start()
slow.join(0.01)
print('still alive', slow.is_alive(), threading.active_count(), slow in threading.enumerate())
gate.set()
slow.join(20)
print('finished', slow.is_alive(), threading.active_count())

# a thread started by _thread shows as a dummy thread
import _thread
box = []
done = threading.Event()


def raw():
    t = threading.current_thread()
    box.append((t.name.startswith('Dummy-'), t.daemon, t.is_alive(), type(t).__name__))
    done.set()


_thread.start_new_thread(raw, ())
done.wait(20)
print(box)

# threads started from threads
order = []
lock = threading.Lock()


def spawn(depth):
    if depth:
        child = threading.Thread(target=spawn, args=(depth - 1,))
        child.start()
        child.join(20)
    with lock:
        order.append(depth)


spawn_t = threading.Thread(target=spawn, args=(4,))
spawn_t.start()
spawn_t.join(20)
print(order)
print([th.name for th in threading.enumerate() if not th.name.startswith('Dummy')])
print(threading.get_ident() in sys._current_frames())
