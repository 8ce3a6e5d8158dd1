import unittest
from helpers import uthelp

log = []


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "module cleanup")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass First")
        cls.addClassCleanup(log.append, "class cleanup First")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass First")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        log.append("test_one")

    def test_two(self):
        log.append("test_two")
        self.fail("two fails")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def tearDown(self):
        log.append("never")

    def test_x(self):
        log.append("never")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown broke")

    def test_y(self):
        log.append("test_y")


class BrokenCleanup(unittest.TestCase):
    def test_z(self):
        def bad():
            raise OSError("cleanup broke")
        self.addCleanup(bad)
        self.addCleanup(log.append, "good cleanup")
        log.append("test_z")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")

    def test_never(self):
        log.append("never")


class SkipInClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skipping the class")

    def test_never(self):
        pass


class BrokenTearDownClass(unittest.TestCase):
    def test_w(self):
        log.append("test_w")

    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")


uthelp.run(First, BrokenSetUp, BrokenTearDown, BrokenCleanup, BrokenClass, SkipInClass,
           BrokenTearDownClass, verbosity=2)
print("\n".join(log))
