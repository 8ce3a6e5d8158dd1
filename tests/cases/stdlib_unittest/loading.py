import os
import sys
import unittest
from helpers import uthelp


class Sample(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5


def load_me():
    return unittest.TestSuite([Sample("test_a")])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Sample))
suite = loader.loadTestsFromTestCase(Sample)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(suite))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Sample))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*_a"]
print(loader.getTestCaseNames(Sample))

loader = unittest.TestLoader()
main = sys.modules["__main__"]
for name in ("Sample", "Sample.test_a", "load_me"):
    s = loader.loadTestsFromName(name, main)
    print(name, [t.id() for t in s])
s = loader.loadTestsFromNames(["Sample.test_b", "Sample.test_a"], main)
print(s.countTestCases())
s = loader.loadTestsFromName("Sample.nothing", main)
print(loader.errors[-1].splitlines()[0], [t.id() for t in s])
uthelp.run(s)
s = loader.loadTestsFromName("helpers.no_such_mod")
print([t.id() for t in s])
print(len(loader.errors))
for bad in ("Sample.test_not_callable",):
    try:
        loader.loadTestsFromName(bad, main)
    except TypeError as e:
        print("TypeError", e)
s = loader.loadTestsFromModule(main)
print([t.id() for t in s for t in t])
try:
    unittest.TestSuite().addTest(Sample)
except TypeError as e:
    print("TypeError", e)
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print("TypeError", e)
try:
    unittest.TestSuite("abc")
except TypeError as e:
    print("TypeError", e)
try:
    Sample("nonexistent")
except ValueError as e:
    print("ValueError", e)
t = Sample("test_a")
print(str(t), repr(t), t.id(), t.shortDescription(), t == Sample("test_a"), t.countTestCases())
ft = unittest.FunctionTestCase(lambda: None, description="described")
print(ft.shortDescription(), ft.id(), str(ft))
print(unittest.TestResult())

here = os.path.dirname(os.path.abspath(__file__))
disc = unittest.TestLoader()
found = disc.discover(os.path.join(here, "helpers", "disc"), top_level_dir=os.path.join(here, "helpers", "disc"))
def flat(s):
    return [x for t in s for x in flat(t)] if isinstance(s, unittest.TestSuite) else [s.id()]
print(sorted(flat(found)))
print(len(disc.errors), disc.errors[0].splitlines()[0] if disc.errors else None)
uthelp.run(found)
