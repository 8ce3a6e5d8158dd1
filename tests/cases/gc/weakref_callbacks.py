# Weakref callbacks: run once the object is collected, newest ref first, with the dead ref;
# not run when the ref itself died first; an exception in one is reported and ignored.
import gc
import sys
import weakref


class Thing:
    def __init__(self, name):
        self.name = name


def report(unraisable):
    print("unraisable:", unraisable.exc_type.__name__, unraisable.exc_value, unraisable.err_msg,
          unraisable.object.__name__)


sys.unraisablehook = report

log = []
t = Thing("t")
refs = [weakref.ref(t, lambda r, i=i: log.append(("cb", i, r() is None))) for i in range(4)]
print(len(set(map(id, refs))), weakref.getweakrefcount(t))
del t
gc.collect()
print(log)

log.clear()
t = Thing("u")
kept = weakref.ref(t, lambda r: log.append("kept"))
dropped = weakref.ref(t, lambda r: log.append("dropped"))
del dropped
gc.collect()
del t
gc.collect()
print(log)


def failing(r):
    raise RuntimeError("in callback")


t = Thing("v")
bad = weakref.ref(t, failing)
after = weakref.ref(t, lambda r: print("later callback still runs"))
del t
gc.collect()
print("program goes on")

# A callback that creates new objects and weakrefs.
made = []


def chain(r):
    nxt = Thing("next")
    made.append(weakref.ref(nxt, lambda r2: print("second-level callback")))
    print("first-level callback")


t = Thing("w")
c = weakref.ref(t, chain)
del t
gc.collect()
gc.collect()
print("done", len(made))
