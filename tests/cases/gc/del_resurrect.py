# A __del__ that resurrects its object: the object lives on, keeps its weakrefs, and is not
# finalized a second time when it finally dies.
import gc
import weakref

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name, "finalized:", gc.is_finalized(self))
        saved.append(self)


p = Phoenix("p")
r = weakref.ref(p, lambda ref: print("callback for", "p"))
print(gc.is_finalized(p))
del p
gc.collect()
print("resurrected:", saved[0].name, r() is saved[0], gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("weakref now:", r())
print(saved)


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1
        if Counter.count < 3:
            saved.append(self)


c = Counter()
del c
for i in range(3):
    saved.clear()
    gc.collect()
print("finalized", Counter.count, "time(s)")
