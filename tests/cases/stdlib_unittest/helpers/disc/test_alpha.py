import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertIn(3, [1, 2])
