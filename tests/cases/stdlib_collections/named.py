from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p))
print(Point._fields, Point.__doc__, Point._make([1, 2]), p._replace(x=100), p._asdict())
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), hash(p) == hash((11, 22)))
print(Point.x.__doc__, type(Point).__name__, Point.__name__, Point.__module__, Point.__qualname__)
P3 = namedtuple('P3', 'a, b c', defaults=[5, 6])
print(P3(1), P3(1, 2, 3), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_1'], rename=True)
print(R._fields)
for args in [('1a', 'x'), ('P', 'x def'), ('P', 'x _y'), ('P', 'x x'), ('class', 'a'), ('P', 'x y', ), ]:
    try:
        print(namedtuple(*args)._fields)
    except ValueError as e:
        print('ValueError', e)
try:
    namedtuple('P', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
class Sub(Point):
    def norm(self):
        return self.x ** 2 + self.y ** 2
print(Sub(3, 4), Sub(3, 4).norm(), Sub._make([1, 1]))
E = namedtuple('E', '')
print(E(), namedtuple('One', 'a')(1))
print(Point.__match_args__)
match p:
    case Point(x, y):
        print('matched', x, y)
import copy
print(copy.copy(p), copy.deepcopy(p))
