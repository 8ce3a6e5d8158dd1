class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
p.z = 3
