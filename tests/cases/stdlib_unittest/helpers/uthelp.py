"""Runs tests with TextTestRunner into a buffer and prints the report with the parts that
vary between runs masked: the time taken and the directory of file names."""
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(sys.modules["__main__"].__file__))


def mask(text):
    text = re.sub(r"Ran (\d+) tests? in \d+\.\d\d\ds", lambda m: m.group(0).split(" in ")[0] + " in T.TTTs", text)
    text = text.replace(HERE + os.sep, "")
    text = re.sub(r'File "[^"]*/(unittest|[a-z_]+)/([a-z_]+\.py)"', r'File "LIB/\1/\2"', text)
    # frames of library code (unittest's, asyncio's): their lines differ from CPython's
    text = re.sub(r'  File "LIB/.*\n(    .*\n)*', '', text)
    return text


def run(*tests, verbosity=1, **kw):
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for t in tests:
        if isinstance(t, type):
            suite.addTest(loader.loadTestsFromTestCase(t))
        else:
            suite.addTest(t)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    print(mask(stream.getvalue()), end="")
    print("result:", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses),
          result.wasSuccessful())
    return result
