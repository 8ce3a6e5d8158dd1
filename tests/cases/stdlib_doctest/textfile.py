import contextlib
import doctest
import io
import os
import unittest

with open("sample_doctest.txt", "w") as f:
    f.write("""A text file.

    >>> from math import sqrt
    >>> sqrt(16)
    4.0
    >>> print("wrong")
    right
""")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testfile("sample_doctest.txt")
print(buf.getvalue().replace(os.path.abspath("."), "DIR"), result)
with contextlib.redirect_stdout(io.StringIO()):
    print(doctest.testfile(os.path.abspath("sample_doctest.txt"), module_relative=False,
                           verbose=True))
try:
    doctest.testfile("/abs/x.txt")
except ValueError as e:
    print("ValueError", e)


def adder(a, b):
    """
    >>> adder(1, 2)
    3
    >>> adder(1, 1)
    3
    """
    return a + b


class Holder:
    def method(self):
        """>>> Holder().method()
        'm'
        """
        return 'm'


suite = doctest.DocTestSuite()
print(suite.countTestCases(), sorted(t.id() for t in suite))
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
import re
text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(os.path.abspath(__file__), "FILE")
text = re.sub(r'(?m)^( *)File "[^"]*(unittest|doctest)[^"]*".*\n(?:\1  .*\n)*', '', text)
print(text)
fsuite = doctest.DocFileSuite("sample_doctest.txt")
res = unittest.TextTestRunner(stream=io.StringIO()).run(fsuite)
print(res.testsRun, len(res.failures), repr(fsuite._tests[0]).replace(os.path.abspath("."), "DIR"))
os.remove("sample_doctest.txt")
