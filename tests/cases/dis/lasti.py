# f_lasti and tb_lasti count inline caches; while a Python function called by CALL runs,
# CPython's lasti for the caller is the CALL's last cache entry.
import sys


def callee():
    return sys._getframe(1).f_lasti


def caller():
    return callee()


def boom(a=0):
    return 1 // a


class K:
    def m(self, a):
        return 1 // a

    @property
    def p(self):
        return 1 // 0

    def __add__(self, o):
        return 1 // 0


def gen():
    yield 1 // 0


cases = {
    "python function": lambda: boom(),
    "arguments do not bind": lambda: boom(1, 2),
    "builtin": lambda: len(5),
    "builtin calling python": lambda: sorted([0], key=boom),
    "call with *args": lambda: boom(*()),
    "method": lambda: K().m(0),
    "bound method object": lambda: (lambda m: m(0))(K().m),
    "property": lambda: K().p,
    "operator": lambda: K() + 1,
    "generator": lambda: [x for x in gen()],
    "class": lambda: K(1),
}
print("caller", caller(), sys._getframe(0).f_lasti)
for name, fn in cases.items():
    try:
        fn()
    except (ZeroDivisionError, TypeError) as e:
        tb = e.__traceback__
        entries = []
        while tb:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lasti, tb.tb_lineno))
            tb = tb.tb_next
        print(name, type(e).__name__, entries)
g = gen()
print(g.gi_frame.f_lasti)
