# The gc module's interface: switches, thresholds, tracking, referents and referrers,
# collection callbacks, statistics and constants.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, type(gc.callbacks).__name__)


class C:
    pass


print([gc.is_tracked(o) for o in (0, 1.5, "a", b"b", None, (), {}, {"a": 1}, {"a": []}, [], set(), C(), C)])
print(gc.is_tracked(int), gc.is_tracked(len), gc.is_tracked(lambda: 0))
print(gc.is_finalized(C()))

inner = [1]
c = C()
c.attr = inner
print(gc.get_referents([1, "x", inner]))
print(gc.get_referents((inner, 2)))
print(gc.get_referents({"k": inner}))
print(gc.get_referents({1: inner}))
print(gc.get_referents(c) == [inner, C])
holder = [c]
print(any(r is holder for r in gc.get_referrers(c)))
print(any(r is c.__dict__ or r is c for r in gc.get_referrers(inner)))
print(holder in gc.get_objects())

phases = []


def on_gc(phase, info):
    phases.append((phase, sorted(info)))


gc.callbacks.append(on_gc)
gc.collect()
gc.callbacks.remove(on_gc)
print(phases)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(gc.get_freeze_count())
