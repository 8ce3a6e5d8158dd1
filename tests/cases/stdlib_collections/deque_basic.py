from collections import deque

d = deque([1, 2, 3], maxlen=5)
tests = ['deque().pop()', 'deque().popleft()', 'd[10]', 'd["a"]', 'd[1:2]', 'd.remove(9)', 'd.index(9)',
         'deque(maxlen=-1)', 'deque(maxlen="a")', 'd.rotate("a")', 'deque(1)', 'deque([], 1, 2)',
         'd + [1]', 'd * "a"', 'd < [1]', 'hash(d)', 'd.maxlen', 'repr(deque())', 'repr(deque([1], maxlen=2))',
         'deque[int]', 'deque.__init__(d, [5, 6])', 'd', 'd.count(5)', 'd.copy()', 'd.__copy__()',
         'len(deque(range(10), 3))', 'deque(range(10), 3)', 'd.index(6, 5)', 'deque(range(5)).index(3, -3, -1)',
         'deque(x=1)', 'deque([1]) == deque([1])', 'deque([1]) == [1]', 'deque([1, 2]) < deque([1, 3])',
         'd * 2', '2 * d', 'd.pop(1)', 'deque([1]).extend(1)', 'type(d).__name__', 'type(d).__module__',
         'deque(range(6))[-2]', 'list(reversed(deque("abc")))', '3 in deque(range(5))', 'bool(deque())']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
it = iter(d)
d.append(1)
try:
    next(it)
except RuntimeError as e:
    print(e)
d = deque()
for i in range(10):
    d.append(i)
    d.appendleft(-i)
print(d, d.pop(), d.popleft(), len(d))
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.reverse()
print(d)
d.extendleft('abc')
print(d)
d.insert(2, 'X')
d.insert(-1, 'Y')
d.insert(100, 'Z')
print(d)
del d[0]
del d[-1]
d[1] = 'set'
print(d, d.index('set'))
d.remove('X')
d.clear()
print(d)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
m.appendleft('L')
print(m)
m.extend('xy')
print(m)
try:
    m.insert(0, 1)
except IndexError as e:
    print(e)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
d = deque([1, 2])
d += [3, 4]
d *= 2
print(d, d + deque([0]))
d.append(d)
print(d)
class D(deque):
    pass
x = D([1, 2])
x.extra = 1
print(repr(x), type(x.copy()).__name__, x + D([3]), isinstance(x, deque), x.extra)
big = deque(range(1000))
big.rotate(300)
print(big[0], big[-1], sum(big))
for _ in range(1000):
    big.rotate(1)
print(big[0])
