# Every public method of the builtin types called with no, a wrong, and too many arguments.
import sys
samples = {'int': 5, 'float': 2.5, 'complex': 1j, 'str': 'ab', 'bytes': b'ab', 'bytearray': bytearray(b'ab'),
           'list': [1, 2], 'tuple': (1, 2), 'dict': {1: 2}, 'set': {1}, 'frozenset': frozenset({1}), 'range': range(3),
           'slice': slice(1, 2), 'memoryview': memoryview(b'ab'), 'bool': True, 'object': object()}
argsets = [(), (None,), ('x',), (1, 2, 3, 4, 5)]
out = []
for tname, obj in samples.items():
    t = type(obj)
    for name in sorted(vars(t)):
        if name.startswith('_') and name not in ('__format__', '__round__', '__dir__', '__contains__', '__getitem__'):
            continue
        if name in ('clear', 'pop', 'popitem', 'remove', 'discard', 'append', 'extend', 'insert', 'update', 'add', 'release', 'reverse', 'sort', 'setdefault', 'intersection_update', 'difference_update', 'symmetric_difference_update', '__reduce_ex__'):
            obj2 = None
        for a in argsets:
            o = eval(repr(obj)) if tname not in ('memoryview', 'object', 'type', 'range', 'slice') else obj
            try:
                m = getattr(o, name)
                if a == ('kw',):
                    r = m(bogus=1)
                else:
                    r = m(*a)
                res = 'ok ' + type(r).__name__
            except Exception as e:
                res = type(e).__name__ + ': ' + str(e)
            out.append('%s.%s%r %s' % (tname, name, a, res))
print('\n'.join(out))
