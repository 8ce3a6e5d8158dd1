import io
import logging
import unittest


class T(unittest.TestCase):
    def test_root_default(self):
        with self.assertLogs() as cm:
            logging.getLogger().info("first")
            logging.getLogger("foo.bar").error("second %d", 2)
            logging.getLogger("foo").debug("not captured")
        print(cm.output)
        print([(r.name, r.levelname, r.getMessage()) for r in cm.records])

    def test_named_level(self):
        with self.assertLogs("foo", level="WARNING") as cm:
            logging.getLogger("foo").warning("w")
            logging.getLogger("foo.child").critical("c")
            logging.getLogger("foo").info("i")
            logging.getLogger("other").error("elsewhere")
        print(cm.output)

    def test_logger_object_and_int_level(self):
        lg = logging.getLogger("obj")
        with self.assertLogs(lg, logging.DEBUG) as cm:
            lg.debug("dbg")
        print(cm.output, lg.handlers, lg.level, lg.propagate)

    def test_fail_nothing(self):
        with self.assertLogs():
            logging.getLogger().debug("too low")

    def test_fail_named(self):
        with self.assertLogs("quiet", "ERROR"):
            logging.getLogger("quiet").warning("below")

    def test_fail_msg(self):
        with self.assertLogs("quiet", msg="custom message"):
            pass

    def test_no_logs_ok(self):
        with self.assertNoLogs("calm"):
            logging.getLogger("calm").debug("below INFO")
        with self.assertNoLogs(level="ERROR"):
            logging.getLogger().warning("below ERROR")

    def test_no_logs_fail(self):
        with self.assertNoLogs("noisy"):
            logging.getLogger("noisy").info("oops")
            logging.getLogger("noisy.sub").warning("oops %s", "again")

    def test_exception_passes_through(self):
        with self.assertRaises(ZeroDivisionError):
            with self.assertLogs():
                1 / 0

    def test_level_restored(self):
        lg = logging.getLogger("restore")
        lg.setLevel(logging.ERROR)
        h = logging.NullHandler()
        lg.addHandler(h)
        with self.assertLogs(lg, "INFO"):
            self.assertEqual(lg.level, logging.INFO)
            lg.info("x")
        print(lg.level, lg.handlers == [h], lg.propagate)


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
for test, tb in result.failures + result.errors:
    print(test.id(), "->", tb.strip().splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors))
