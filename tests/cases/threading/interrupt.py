# _thread.interrupt_main raises KeyboardInterrupt in the main thread, at the latest when a wait
# it is in ends (no signal is sent to wake it).
import _thread
import threading
import time


def interrupter(delay):
    time.sleep(delay)
    _thread.interrupt_main()


for what in ('lock', 'join', 'sleep', 'event', 'loop'):
    try:
        if what == 'lock':
            lock = threading.Lock()
            lock.acquire()
            threading.Thread(target=interrupter, args=(0.01,)).start()
            lock.acquire(timeout=0.5)
        elif what == 'join':
            gate = threading.Event()
            t = threading.Thread(target=gate.wait, args=(20,))
            t.start()
            threading.Thread(target=interrupter, args=(0.01,)).start()
            try:
                t.join(0.5)
            finally:
                gate.set()
                t.join(20)
        elif what == 'sleep':
            threading.Thread(target=interrupter, args=(0.01,)).start()
            time.sleep(0.5)
        elif what == 'event':
            threading.Thread(target=interrupter, args=(0.01,)).start()
            threading.Event().wait(0.5)
        else:
            threading.Thread(target=interrupter, args=(0.01,)).start()
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                pass
        print(what, 'not interrupted')
    except KeyboardInterrupt:
        print(what, 'KeyboardInterrupt')

# In a thread other than the main one, interrupt_main only flags the main thread.
caught = []


def worker():
    _thread.interrupt_main()
    caught.append('worker went on')


t = threading.Thread(target=worker)
try:
    t.start()
    t.join(20)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        pass
except KeyboardInterrupt:
    caught.append('main interrupted')
t.join(20)
print(caught)
