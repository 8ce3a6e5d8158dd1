# An exception in __del__ is reported through sys.unraisablehook and ignored.
import gc
import sys


def hook(u):
    print("ignored", u.exc_type.__name__, repr(str(u.exc_value)), "in", u.object.__qualname__,
          "traceback:", u.exc_traceback is not None)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError("from __del__")


class Good:
    def __del__(self):
        print("good finalized")


b = Bad()
del b
gc.collect()
print("still running")
g = Good()
del g
gc.collect()


class Raises:
    def __del__(self):
        1 / 0


for i in range(3):
    obj = Raises()
    del obj
    gc.collect()
print("end")
