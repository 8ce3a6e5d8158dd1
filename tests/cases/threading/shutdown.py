# The interpreter waits for threads that are not daemons before atexit; daemons are left.
import atexit
import threading

atexit.register(print, 'atexit runs after the threads')
go = threading.Event()
nested_done = threading.Event()
hooks_done = threading.Event()


def threading_atexit(text):
    nested_done.wait(20)
    print(text)
    hooks_done.set()


threading._register_atexit(threading_atexit, 'threading atexit runs before the join')
blocker = threading.Event()


def daemon_work():
    blocker.wait()
    print('never printed')


def spinner():
    while True:
        pass


def late():
    hooks_done.wait(20)
    print('late thread finished')


def nested():
    print('nested thread')
    nested_done.set()


def spawner():
    go.wait(20)
    threading.Thread(target=nested).start()


threading.Thread(target=daemon_work, daemon=True).start()
threading.Thread(target=spinner, daemon=True).start()
threading.Thread(target=late).start()
threading.Thread(target=spawner).start()
print('main ends')
go.set()
