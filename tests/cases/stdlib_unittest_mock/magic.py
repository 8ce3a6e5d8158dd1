import re
from unittest.mock import MagicMock, Mock, call, NonCallableMagicMock


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m, m.__index__())
print(m == m, m != m, m == 3, m != 3, str(m).startswith("<MagicMock"))
m.__len__.return_value = 5
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda k: k * 2
m.__contains__.return_value = True
print(len(m), list(m), m[4], 7 in m)
with m as entered:
    print(r(entered))
print(m.__enter__.called, m.__exit__.call_args)
m[1] = 2
del m[1]
print(m.mock_calls[-4:])
m.__str__.return_value = "custom str"
print(str(m))
m2 = MagicMock()
m2.__lt__.return_value = True
print(m2 < 1)
try:
    m2 > 1
except TypeError as e:
    print("TypeError", e)
m3 = MagicMock()
m3.__add__.return_value = 10
print(m3 + 1, r(m3 - 1) if False else "")
m4 = MagicMock()
m4.method(1).other[2]
print(m4.mock_calls)
print(r(m4.method(1).other))
mm = MagicMock(spec=["__len__", "x"])
print(len(mm))
try:
    iter(mm)
except TypeError as e:
    print("TypeError", e)
plain = Mock()
try:
    len(plain)
except TypeError as e:
    print("TypeError", e)
plain.__len__ = lambda self: 42
print(len(plain))
try:
    plain.__getattr__ = lambda self, n: 1
except AttributeError as e:
    print("AttributeError", e)
nc = NonCallableMagicMock()
print(len(nc))
try:
    nc()
except TypeError as e:
    print("TypeError", e)
