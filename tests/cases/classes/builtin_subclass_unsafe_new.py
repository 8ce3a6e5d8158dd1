class MyInt(int): pass
class MyList(list): pass
class E(Exception): pass
class A:
    def __new__(cls, *a):
        return object.__new__(cls)
for f in [lambda: object.__new__(MyInt), lambda: object.__new__(MyList), lambda: object.__new__(E),
          lambda: int.__new__(MyList), lambda: list.__new__(MyInt), lambda: type(A()).__name__,
          lambda: tuple.__new__(MyInt), lambda: object.__new__(int), lambda: int.__new__(bool, 1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
