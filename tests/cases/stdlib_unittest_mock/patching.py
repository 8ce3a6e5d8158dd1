import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, sentinel


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


class Thing:
    value = 1

    def method(self):
        return "real"


CONST = "original"

with patch("__main__.CONST", "patched"):
    print(CONST)
print(CONST)
with patch("os.getcwd") as fake:
    fake.return_value = "/fake"
    print(os.getcwd(), r(fake))
print(os.getcwd() != "/fake")


@patch("os.path.exists")
@patch("os.listdir")
def decorated(listdir, exists):
    listdir.return_value = ["a"]
    exists.return_value = True
    return os.listdir("."), os.path.exists("nope"), r(listdir), r(exists)


print(decorated())
print(os.path.exists("/definitely/not/here/x"))

with patch.object(Thing, "method", return_value="fake") as pm:
    print(Thing().method(), pm.call_count)
print(Thing().method())
with patch.object(Thing, "value", 99):
    print(Thing.value)
print(Thing.value)
with patch.object(Thing, "method", autospec=True) as am:
    am.return_value = 3
    print(Thing().method())
    try:
        Thing.method(1, 2, 3)
    except TypeError as e:
        print("TypeError", e)

d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict(os.environ, {"TAIPAN_TEST_VAR": "yes"}):
    print(os.environ["TAIPAN_TEST_VAR"])
print("TAIPAN_TEST_VAR" in os.environ)

p = patch("__main__.CONST", "started")
print(p.start(), CONST)
p.stop()
print(CONST)
with patch.multiple("__main__", CONST="multi", Thing=sentinel.thing) as values:
    print(CONST, Thing, values)
print(CONST)

for bad in (lambda: patch("nodots"), lambda: patch("__main__.missing_attr").start(),
            lambda: patch.object("string", "x"), lambda: patch("no_such_module_zz.x").start(),
            lambda: patch("__main__.CONST", new=1, new_callable=MagicMock)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, re.sub(r"from '.*'", "from FILE", str(e)))
with patch("__main__.created", "c", create=True):
    print(created)
print("created" in globals())

with patch("builtins.open", mock.mock_open(read_data="line1\nline2\n")) as mo:
    with open("whatever.txt") as f:
        print(f.read())
    with open("again.txt") as f:
        print(list(f))
    print(mo.call_args_list)


class Cases(unittest.TestCase):
    @patch("__main__.CONST", "in test")
    def test_patched(self):
        self.assertEqual(CONST, "in test")

    def test_assert_in_test(self):
        m = MagicMock()
        m(1)
        m.assert_called_once_with(2)


import io
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(Cases))
report = re.sub(r"in \d\.\d+s", "in T", re.sub(r'File ".*/', 'File "', stream.getvalue()))
print(re.sub(r'  File "mock.py".*\n(    .*\n)*', '  File "mock.py" ...\n', report))

prop_holder = type("Holder", (), {})
with patch.object(prop_holder, "p", new_callable=mock.PropertyMock, create=True) as pm:
    pm.return_value = 8
    h = prop_holder()
    print(h.p)
    h.p = 9
    print(pm.mock_calls)
sealed = MagicMock()
sealed.a.b = 1
mock.seal(sealed)
print(sealed.a.b)
try:
    sealed.a.c
except AttributeError as e:
    print("AttributeError", e)
auto = mock.create_autospec(Thing)
inst = auto()
inst.method()
try:
    inst.method(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    inst.nothing
except AttributeError as e:
    print("AttributeError", e)
def fn(a, b, *, c=1): pass
af = mock.create_autospec(fn, return_value=4)
print(af(1, 2, c=3))
try:
    af(1)
except TypeError as e:
    print("TypeError", e)
af.assert_called_once_with(1, b=2, c=3)
print("autospec call matched by binding")
