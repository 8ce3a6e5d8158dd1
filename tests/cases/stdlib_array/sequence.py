# array: the sequence protocol, methods, slicing and slice assignment, comparisons, errors
from array import array
import copy

a = array('i', [1, 2, 3])
print(repr(a), repr(array('u', 'ab')), repr(array('d')), str(a), array('f', [0.1]))
tests = [lambda: a[5], lambda: a.__setitem__(5, 1), lambda: a['x'], lambda: a + [1], lambda: a + array('d'),
         lambda: a.extend(array('d')), lambda: a.extend([1, 'x']), lambda: a.__setitem__(slice(0, 1), [1]),
         lambda: a.__setitem__(slice(0, 3, 2), array('i', [1])), lambda: array('i').pop(), lambda: a.pop(9),
         lambda: a.index(9), lambda: a.remove(9), lambda: a.frombytes(b'abc'), lambda: a.fromlist((1,)),
         lambda: a.fromunicode('x'), lambda: a.tounicode(), lambda: array('x'), lambda: array(1), lambda: array('i', 'abc'),
         lambda: array('ii'), lambda: hash(a), lambda: a < [1], lambda: a * 'x', lambda: array('u', [1]),
         lambda: a.fromlist([1, 'x']), lambda: array('i', 5), lambda: a.index(1, 2), lambda: array('u', b'ab\0\0'),
         lambda: a.insert('x', 1), lambda: a.byteswap(1), lambda: array('b', [1]) == array('d', [1.0]),
         lambda: array('b', [1, 2]) < array('h', [1, 3]), lambda: array('B', b'abc'), lambda: array('u', 'abc').tounicode(),
         lambda: array('i', array('d', [1.5])), lambda: array('d', array('i', [1])), lambda: a.__delitem__(slice(None, None, 2)) or a,
         lambda: array('i', range(10))[::3], lambda: array('i', range(5))[::-1], lambda: a.itemsize, lambda: a.typecode,
         lambda: array('w'), lambda: a.__setitem__(slice(0, 1), array('d', [1])), lambda: array('f', [1e300]),
         lambda: a.buffer_info()[1], lambda: a.insert(-100, 7) or a, lambda: a.insert(100, 8) or a, lambda: a.index(2, -3),
         lambda: a.count(2.0), lambda: 2.0 in a, lambda: 'x' in a, lambda: array('d', [float('nan')]) == array('d', [float('nan')]),
         lambda: a.__iadd__([1]), lambda: a * -1, lambda: 2 * a, lambda: a.pop(-1), lambda: array('u', 'abc').index('b'),
         lambda: array('i', [1, 2]).__contains__(1.0), lambda: list(reversed(array('b', [1, 2]))),
         lambda: type(iter(a)).__name__, lambda: array('i', [1]) + array('i', [2]), lambda: array('u', 'x').fromunicode(5),
         lambda: a.fromlist([1, 'x']), lambda: a, lambda: array('i', (x for x in range(3))), lambda: array('b', bytearray(b'\x01\xff')),
         lambda: array('h', b'\x01'), lambda: array('d', 'x'), lambda: array('u', ['a', 'b']), lambda: array(typecode='i'),
         lambda: array('i', [1], 2), lambda: array('i', initializer=[1]), lambda: array('i', array('u', 'a')), lambda: array(),
         lambda: [1] + array('i'), lambda: a.pop(2**70), lambda: a[2**70], lambda: array('i', [1, 2])[-3]]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

b = array('l', range(10))
b[2:5] = array('l', [-1])
print(b, len(b))
b[::2] = array('l', [0] * 4)
print(b)
del b[1:3]
del b[-1]
print(b, b.count(0), b.index(0), b.index(0, 1))
b[1:1] = array('l', [7, 7])
b.reverse()
b.append(99)
b.extend((5, 6))
b.extend(array('l', [1]))
b += array('l', [2])
b *= 2
print(b, b.pop(), b.pop(0), b)
b.remove(7)
print(b, 7 in b, 100 in b)
c = copy.copy(b)
d = copy.deepcopy(b)
c[0] = 1000
print(b[0], c[0], d == b, d is b)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]),
      array('i', [1, 2]) != array('d', [1.0, 2.0]), array('i') == array('i'), array('i', [1]) > array('i'))
it = iter(array('b', [1, 2, 3]))
print(next(it), list(it), list(it))
x = array('i', [1, 2])
it = iter(x)
x.append(3)
print(list(it))
print(bytes(array('h', [1, 2])), bytearray(array('b', [-1])), array('i', [258]).tobytes())
lst = array('d', [1.5, 2.5]).tolist()
print(lst, type(lst[0]).__name__)
f = array('i')
f.fromlist([1, 2])
f.frombytes(b'\x03\x00\x00\x00')
f.fromunicode if False else None
print(f, f.__reduce_ex__(2))
