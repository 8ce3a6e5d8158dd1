import sys
import unittest

sys.stderr = sys.stdout


class T(unittest.TestCase):
    def test_ok(self):
        pass

    def test_bad(self):
        self.assertIn(1, [])


class Runner(unittest.TextTestRunner):
    def __init__(self, **kw):
        kw["stream"] = sys.stdout
        super().__init__(**kw)

    def run(self, test):
        import io
        out = self.stream
        buf = io.StringIO()
        self.stream = unittest.runner._WritelnDecorator(buf)
        result = super().run(test)
        import re
        text = re.sub(r"in \d+\.\d+s", "in T.TTTs", buf.getvalue())
        text = text.replace(__file__, "FILE")
        out.write(text)
        return result


unittest.main(testRunner=Runner, verbosity=2)
