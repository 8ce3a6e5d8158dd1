from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['zz'], c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()))
c.update('aaz')
c.update({'b': 10})
c.subtract(a=1, q=2)
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=1)
x += Counter(a=2, b=-5)
print(x)
x -= Counter(a=10)
print(x, repr(Counter()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
del c['nothere']
del c['a']
print('a' in c, len(c))
words = 'the quick brown fox jumps over the lazy dog the end'.split()
print(Counter(words).most_common(2))
print(Counter([1, 1, 2]).copy(), dict(Counter('aab')))
print(Counter({'x': 2, 'y': 5}), isinstance(Counter(), dict))
class MyC(Counter):
    pass
print(MyC('aab'))
