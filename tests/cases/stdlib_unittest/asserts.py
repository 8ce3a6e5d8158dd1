import unittest
import collections


class Dummy(unittest.TestCase):
    def runTest(self):
        pass


tc = Dummy()


def show(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(fn.__name__, "passed", "" if r is None else type(r).__name__)
    except AssertionError as e:
        print(fn.__name__, "failed:")
        print(e)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


show(tc.assertEqual, 1, 1)
show(tc.assertEqual, 1, 2)
show(tc.assertEqual, 1, 2, "custom")
show(tc.assertEqual, 1.0, 1)
show(tc.assertEqual, [1, 2, 3], [1, 2, 4])
show(tc.assertEqual, [1, 2, 3], [1, 2])
show(tc.assertEqual, [1, 2], [1, 2, 3, 4])
show(tc.assertEqual, (1, 2), (1, 3))
show(tc.assertEqual, [1, 2], (1, 2))
show(tc.assertEqual, {"a": 1, "b": [1, 2]}, {"a": 1, "b": [1, 3], "c": 0})
show(tc.assertEqual, {1, 2, 3}, {2, 3, 4})
show(tc.assertEqual, frozenset({1}), frozenset())
show(tc.assertEqual, "hello world", "hello there")
show(tc.assertEqual, "line1\nline2\nline3\n", "line1\nlineX\nline3\n")
show(tc.assertEqual, "a" * 100, "a" * 99 + "b")
show(tc.assertEqual, list(range(100)), list(range(99)) + [1000])
show(tc.assertEqual, ["x" * 50] * 30, ["x" * 50] * 29 + ["y"])
show(tc.assertEqual, {i: str(i) * 10 for i in range(20)}, {i: str(i) * 10 for i in range(1, 21)})
show(tc.assertNotEqual, 1, 1)
show(tc.assertNotEqual, 1, 2)
show(tc.assertTrue, 0)
show(tc.assertTrue, [], "why")
show(tc.assertFalse, "x")
show(tc.assertIs, None, 0)
show(tc.assertIsNot, None, None)
show(tc.assertIsNone, 5)
show(tc.assertIsNotNone, None)
show(tc.assertIn, 4, [1, 2, 3])
show(tc.assertIn, "z", "abc")
show(tc.assertNotIn, 1, {1: 2})
show(tc.assertIsInstance, 3, str)
show(tc.assertIsInstance, 3, (str, bytes))
show(tc.assertNotIsInstance, 3, int)
show(tc.assertAlmostEqual, 1.0, 1.00000001)
show(tc.assertAlmostEqual, 1.0, 1.1)
show(tc.assertAlmostEqual, 1.0, 1.1, places=0)
show(tc.assertAlmostEqual, 1.0, 1.5, delta=0.1)
show(tc.assertAlmostEqual, 1.0, 1.5, places=1, delta=0.1)
show(tc.assertNotAlmostEqual, 1.0, 1.00000001)
show(tc.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
show(tc.assertNotAlmostEqual, 1.0, 2.0)
show(tc.assertGreater, 1, 2)
show(tc.assertGreaterEqual, 1, 2)
show(tc.assertLess, 2, 1)
show(tc.assertLessEqual, 2, 1)
show(tc.assertRegex, "hello", "^w")
show(tc.assertRegex, "hello", "l+")
show(tc.assertNotRegex, "hello", "l+")
show(tc.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
show(tc.assertCountEqual, [1, 2, 2, 3], [3, 3, 1])
show(tc.assertCountEqual, [[1], [2], [2]], [[2], [1]])
show(tc.assertListEqual, [1], (1,))
show(tc.assertTupleEqual, (1,), [1])
show(tc.assertDictEqual, {}, [])
show(tc.assertMultiLineEqual, "a", 1)
show(tc.assertSetEqual, {1}, [1])
show(tc.assertSetEqual, [1], {1})
show(tc.assertSequenceEqual, [1, 2], [1, 3], seq_type=list)
show(tc.assertSequenceEqual, "abc", "abd")
show(tc.assertSequenceEqual, 5, [1])
show(tc.fail)
show(tc.fail, "boom")

tc.longMessage = False
show(tc.assertEqual, 1, 2, "only mine")
show(tc.assertEqual, 1, 2)
tc.longMessage = True
tc.maxDiff = None
show(tc.assertEqual, list(range(40)), list(range(1, 41)))
tc.maxDiff = 10
show(tc.assertEqual, [1, 2], [1, 3])
show(tc.assertCountEqual, [1, 2], [1, 3])


class Unrepr:
    def __repr__(self):
        raise RuntimeError("no repr")


show(tc.assertTrue, False, "with msg")
print(unittest.util.safe_repr(list(range(50)), short=True))
print(unittest.util._common_shorten_repr("a" * 200 + "x", "a" * 200 + "y"))
print(unittest.util.strclass(collections.OrderedDict))
print(unittest.util.three_way_cmp(1, 2), unittest.util.sorted_list_difference([1, 2, 4], [2, 3]))
print(Dummy.assertEqual.__qualname__, Dummy.assertEqual.__module__)
