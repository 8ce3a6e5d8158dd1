# atexit: last registered runs first, arguments are passed, unregister removes every
# registration of a function, a failing callback is reported and the others still run.
import atexit
import sys

base = atexit._ncallbacks()  # CPython's site may have registered one

def hello(name, punct="!"):
    print("hello", name + punct)

def boom():
    raise ValueError("callback failed")

def leave():
    sys.exit(7)

def first():
    print("first registered, last run")

atexit.register(first)
atexit.register(boom)
atexit.register(hello, "world", punct="?")
print(atexit.register(hello, "twice") is hello)
atexit.register(leave)
atexit.unregister(hello)
print(atexit._ncallbacks() - base)  # unregistered entries still count, as in 3.11
atexit.register(print, "printed by print")
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("end of main")
