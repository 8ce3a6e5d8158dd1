import sys
import unittest
from helpers import uthelp


class Prog(unittest.TestCase):
    def test_pass(self):
        pass

    def test_other(self):
        pass

    def test_fails(self):
        self.assertEqual("a", "b")


def run(argv, **kw):
    import io
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=kw.pop("verbosity", 1))
    try:
        prog = unittest.main(argv=["prog"] + argv, testRunner=kw.pop("runner", runner), **kw)
        print("returned", prog.result.wasSuccessful())
    except SystemExit as e:
        print("exit", e.code)
    print(uthelp.mask(stream.getvalue()), end="")


run([], exit=False)
run([])
run(["Prog.test_pass"])
run(["-k", "other"])
run(["-k", "pass", "-k", "other"])
run(["Prog.test_fails", "Prog.test_pass"])
run(["-f"])
run(["NoSuch"])
run([], defaultTest="Prog.test_other")
run(["-v", "Prog.test_pass"], runner=None, exit=False) if False else None
prog = unittest.main(argv=["prog", "-v", "-b", "-f", "-k", "x"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=__import__("io").StringIO()))
print(prog.verbosity, prog.buffer, prog.failfast, prog.testNamePatterns, prog.tb_locals)
prog = unittest.main(argv=["prog", "-q"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=__import__("io").StringIO()))
print(prog.verbosity)
