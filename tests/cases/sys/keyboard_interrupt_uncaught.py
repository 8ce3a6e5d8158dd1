# An uncaught KeyboardInterrupt: the traceback, atexit callbacks, then death by SIGINT.
import atexit
atexit.register(print, "atexit runs")
def f():
    raise KeyboardInterrupt
f()
