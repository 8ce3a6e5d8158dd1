import dis

from disshow import Buffer, masked, show


def make():
    class Local:
        """doc"""
        a: int = 1
        b = a + 1

        def m(self):
            return super().m()

        def n(self):
            return __class__
    return Local


show(make)
