import io
import pickle
import sys


def show(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg[:msg.index(" at 0x")] + ">" + msg[msg.index(">", msg.index(" at 0x")) + 1:]
        print(type(e).__module__, type(e).__name__, msg)


def outer():
    def inner():
        pass
    return inner


class Renamed:
    pass


Renamed.__qualname__ = "Nope"


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


show(lambda: pickle.dumps(outer()))
show(lambda: pickle.dumps(lambda: 1))
show(lambda: pickle.dumps(Renamed))
for rv in [5, (1,), (len, []), (5, ()), (len, (), None, 5), (len, (), None, None, [1]), (len, (), None, None, None, 5),
           (len, (1,), None, None, None, None, None)]:
    show(lambda: pickle.dumps(BadReduce(rv)))
show(lambda: pickle.dumps(sys))
show(lambda: pickle.dumps((x for x in [])))
show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.dumps(1, -1))
show(lambda: pickle.Pickler(5))
show(lambda: pickle.Unpickler(5))
show(lambda: pickle.dumps(1, 4, buffer_callback=print))
show(lambda: pickle.loads("text"))
for data in [b"", b"\x80\x04", b"x", b"\x80\x09.", b"K", b"0.", b"(.", b"a.", b"}K\x01s.", b"h\x05.", b"\x80\x02]q\x00(K\x01e.",
             b"\x80\x02cbuiltins\nnope\n.", b"\x80\x02cno_such_module\nx\n.", b"I12\n.", b"L12L\n.", b"F1.5\n.",
             b"S'py2 str'\n.", b"U\x03abc.", b"T\x02\x00\x00\x00hi.", b"c__builtin__\nxrange\n(I3\ntR.",
             b"\x80\x02c__builtin__\nset\n]\x85R.", b"N\x95\x02\x00\x00\x00\x00\x00\x00\x00N.", b"\x81."]:
    show(lambda: pickle.loads(data))
show(lambda: pickle.loads(b"U\x03\xe9ab.", encoding="latin-1"))
show(lambda: pickle.loads(b"U\x03\xe9ab.", encoding="bytes"))
show(lambda: pickle.loads(b"U\x03\xe9ab."))
show(lambda: pickle.loads(b"c__builtin__\nxrange\n(I3\ntR.", fix_imports=False))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.PicklingError.__mro__)
print(pickle.UnpicklingError.__module__, pickle.Pickler, pickle.Unpickler)
print(issubclass(pickle.UnpicklingError, pickle.PickleError))
