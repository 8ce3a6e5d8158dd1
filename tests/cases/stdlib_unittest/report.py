import unittest
from helpers import uthelp


class Basic(unittest.TestCase):
    def test_a_ok(self):
        """First line of the doc.

        More lines."""
        self.assertEqual(2 + 2, 4)

    def test_b_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_c_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_e_skipif(self):
        pass

    @unittest.skipUnless(True, "never")
    def test_f_skipunless(self):
        pass

    @unittest.expectedFailure
    def test_g_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_h_xpass(self):
        pass

    def test_i_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 3, 0)
        with self.subTest("message"):
            raise RuntimeError("in subtest")

    def test_j_skiptest(self):
        self.skipTest("inside")

    def test_k_msg(self):
        self.assertTrue(False, "explained")

    def test_l_chain(self):
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("wrapped") from e


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


uthelp.run(Basic, Skipped)
print("=== verbose")
uthelp.run(Basic, Skipped, verbosity=2)
print("=== quiet")
uthelp.run(Basic, verbosity=0)
print("=== no descriptions")
uthelp.run(Basic("test_a_ok"), verbosity=2, descriptions=False)
print("=== failfast")
uthelp.run(Basic, failfast=True)
