# Work still queued when the main program ends runs before exit; atexit functions run after
# the pools stopped, so they cannot submit.
import atexit
import time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(1)


def late():
    try:
        ex.submit(print, 'never')
    except RuntimeError as e:
        print('atexit:', e)
    fresh = ThreadPoolExecutor(1)
    try:
        fresh.submit(print, 'never either')
    except RuntimeError as e:
        print('atexit, new pool:', e)


atexit.register(late)
for i in range(4):
    ex.submit(lambda i=i: (time.sleep(0.02), print('done', i)))
print('main ends')
