import functools as ft
import operator

print(ft.reduce(operator.add, [1, 2, 3, 4]), ft.reduce(operator.mul, range(1, 6), 10), ft.reduce(max, [3], 0))
for args in [(pow,), (pow, []), (pow, 1), (pow, [], 1, 2)]:
    try:
        ft.reduce(*args)
    except TypeError as e:
        print('TypeError', e)
p = ft.partial(pow, 2)
print(repr(p), p.func, p.args, p.keywords, p(10))
q = ft.partial(p, 3, z=1)
print(repr(q), q.args, q.keywords)
pr = ft.partial(print, sep='-')
pr('a', 'b')
pr('a', 'b', sep='+')
class P(ft.partial):
    pass
print(repr(P(pow, 2, x=3)), type(P(pow, 2)).__name__)
for bad in [(), (1,)]:
    try:
        ft.partial(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.func = 1
except AttributeError:
    print('AttributeError')
def greet(greeting, name, punct='!'):
    return greeting + ', ' + name + punct
hello = ft.partial(greet, 'Hello')
print(hello('World'), hello('you', punct='?'), ft.partial(greet, punct='.')('Hi', 'there'))

def deco(f):
    @ft.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def documented(x):
    """The doc."""
    return x * 2
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4))
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)

@ft.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)

@ft.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(sq.cache_info())

@ft.lru_cache
def plain(a, b=1):
    return a + b
print(plain(1), plain(1, b=1), plain(1, 1), plain.cache_info())

@ft.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@ft.lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
try:
    ft.lru_cache('a')
except TypeError as e:
    print('TypeError', e)
class Holder:
    @ft.lru_cache
    def m(self, x):
        return x + 1
h = Holder()
print(h.m(1), h.m(1), Holder.m.cache_info())
print(type(fib).__name__, type(fib).__module__)
