# weakref.finalize: runs when the object dies, once; alive, peek, detach, calling it directly,
# and the live ones with atexit true run at exit, newest first.
import gc
import weakref


class Obj:
    pass


def cleanup(name, *, extra=None):
    print("cleanup", name, extra)
    return name.upper()


o = Obj()
f = weakref.finalize(o, cleanup, "first", extra=1)
print(f.alive, f.atexit, f.peek()[1] is cleanup, f.peek()[2], f.peek()[3])
del o
gc.collect()
print(f.alive, f(), f.peek(), f.detach())

o2 = Obj()
f2 = weakref.finalize(o2, cleanup, "called")
print(f2())
print(f2.alive, f2())
del o2
gc.collect()

o3 = Obj()
f3 = weakref.finalize(o3, cleanup, "detached")
obj, func, args, kwargs = f3.detach()
print(obj is o3, func is cleanup, args, kwargs, f3.alive)
del o3, obj
gc.collect()

keep1 = Obj()
keep2 = Obj()
keep3 = Obj()
weakref.finalize(keep1, cleanup, "at exit 1")
weakref.finalize(keep2, cleanup, "at exit 2")
f3b = weakref.finalize(keep3, cleanup, "not at exit")
f3b.atexit = False
print(f3b.atexit)
print("end of program")
