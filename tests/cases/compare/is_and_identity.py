a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(None is None, None is not None, type(None) is type(None))
print(True is True, False is not True)
x = None
print(x is None, x == None)
s = "hello"
t = s
print(s is t)
o = object()
print(o is o, o is object(), o == o)
print(int is int, type(1) is int, type(True) is bool, type(1) is bool)


def f():
    pass


g = f
print(f is g, f is not g)
print(... is Ellipsis, NotImplemented is NotImplemented)
e = ()
print(e == (), len(e))
