from collections import defaultdict, OrderedDict, ChainMap

dd = defaultdict(int)
for ch in 'mississippi':
    dd[ch] += 1
print(dd, dd['z'], len(dd))
dl = defaultdict(list)
dl['a'].append(1)
dl['a'].append(2)
print(dl, dl.default_factory)
n = defaultdict()
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
print(defaultdict(None, a=1), dd.copy() == dd, type(dd.copy()).__name__)
print(defaultdict(int, {'a': 1}) | {'b': 2})
print(dd.get('nothere'), 'nothere' in dd)
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), od.keys(), od.values(), od.items())
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict.fromkeys('ab'), list(reversed(OrderedDict(a=1, b=2))))
print(OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 4
print(cm.maps[0], cm.new_child({'a': 0})['a'], cm.parents)
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['zz']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), list(cm.items()))
