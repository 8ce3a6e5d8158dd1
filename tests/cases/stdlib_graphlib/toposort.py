# graphlib: TopologicalSorter orders, the protocol of prepare/get_ready/done, cycles and errors
import graphlib

ts = graphlib.TopologicalSorter({'a': ['b', 'c'], 'b': ['c'], 'd': []})
print(list(ts.static_order()))
graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
print(list(graphlib.TopologicalSorter({k: sorted(v) for k, v in graph.items()}).static_order()))
deps = {n: [m for m in range(n) if n % (m + 2) == 0] for n in range(20)}
print(list(graphlib.TopologicalSorter(deps).static_order()))
for g in [{1: [2, 3], 2: [3], 3: [1]}, {'a': ['a']}, {1: [2], 2: [3], 3: [4], 4: [2]}, {5: [6], 6: [5], 7: [8], 8: [7]}]:
    try:
        graphlib.TopologicalSorter(g).prepare()
    except graphlib.CycleError as e:
        print(repr(e), e.args[1], isinstance(e, ValueError))
for f in ['get_ready', 'is_active', 'done']:
    try:
        getattr(graphlib.TopologicalSorter(), f)()
    except Exception as e:
        print(type(e).__name__, e)
t = graphlib.TopologicalSorter({1: [2]})
t.prepare()
for f in [lambda: t.prepare(), lambda: t.add(3), lambda: t.done(1), lambda: t.done(9), lambda: t.get_ready(),
          lambda: t.done(2), lambda: t.done(2), lambda: t.is_active(), lambda: bool(t), lambda: t.get_ready(), lambda: t.get_ready(),
          lambda: t.done(1), lambda: t.is_active()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
ts = graphlib.TopologicalSorter()
ts.add('x', 'y', 'y')
ts.add('z')
ts.add('y', 'z')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    print('ready', ready)
    order += ready
    ts.done(*ready)
print(order, graphlib.TopologicalSorter[int], sorted(graphlib.__all__))
try:
    list(graphlib.TopologicalSorter({1: [1]}).static_order())
except graphlib.CycleError as e:
    print('static_order', e.args)
try:
    graphlib.TopologicalSorter().add([1])
except TypeError as e:
    print('TypeError', e)
