# The wording of item assignment and deletion refused by objects without them.
import types
class C: pass
for o in [(1,), 'ab', b'a', range(3), frozenset(), 5, None, object(), C(), C.__dict__, types.MappingProxyType({}), len, {}.keys(), iter([])]:
    for k in [0, 'x', True]:
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
        try:
            o[k] = 1
        except Exception as e:
            print(type(o).__name__, repr(k), type(e).__name__, e)
