x = 5
y = 0
def f():
    return (x) / y
def g():
    return x ** y // 0
def h():
    l = [1]
    return l [ 3 ]
import sys
for fn in (f, g, h):
    try:
        fn()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
a = {'k': {'j': 1}}
print(a['k']['x'])
