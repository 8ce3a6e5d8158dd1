import unittest
import warnings


class Dummy(unittest.TestCase):
    def runTest(self):
        pass


tc = Dummy()


def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(fn.__name__ if hasattr(fn, "__name__") else fn, "passed")
        return r
    except AssertionError as e:
        print("failed:", e)
    except Exception as e:
        print(type(e).__name__, e)


def boom():
    raise ValueError("bad value 42")


def quiet():
    return 1


show(tc.assertRaises, ValueError, boom)
show(tc.assertRaises, KeyError, quiet)
show(tc.assertRaises, (KeyError, IndexError), quiet)
show(tc.assertRaises, TypeError, boom)
show(tc.assertRaises, 5, boom)
show(tc.assertRaisesRegex, ValueError, r"\d+", boom)
show(tc.assertRaisesRegex, ValueError, "^x", boom)
with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with tc.assertRaises(KeyError, msg="ctx msg"):
        pass
except AssertionError as e:
    print("failed:", e)
try:
    with tc.assertRaises(KeyError, foo=1):
        pass
except TypeError as e:
    print("TypeError", e)
with tc.assertRaisesRegex(KeyError, "miss"):
    {}["missing"]


def warner():
    warnings.warn("deprecated thing", DeprecationWarning)


show(tc.assertWarns, DeprecationWarning, warner)
show(tc.assertWarns, UserWarning, warner)
show(tc.assertWarns, UserWarning, quiet)
show(tc.assertWarnsRegex, DeprecationWarning, "thing", warner)
show(tc.assertWarnsRegex, DeprecationWarning, "other", warner)
show(tc.assertWarns, ValueError, warner)
with tc.assertWarns(UserWarning) as cm:
    warnings.warn("hi")
print(type(cm.warning).__name__, cm.warning, cm.lineno > 0, cm.filename.endswith("raises.py"))
try:
    with tc.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print("failed:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    tc.assertEquals(1, 1)
    tc.failUnless(True)
    print([str(x.message) for x in w])
