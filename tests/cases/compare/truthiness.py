vals = [0, 1, -1, 0.0, 0.1, 0j, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(),
        None, True, False, range(0), range(1), b"", bytearray(), frozenset()]
for v in vals:
    print(repr(v), bool(v), not v)


class B:
    def __bool__(self):
        print("bool called")
        return False


class L:
    def __len__(self):
        print("len called")
        return 3


class Neither:
    pass


print(bool(B()), bool(L()), bool(Neither()))
if B():
    print("yes")
else:
    print("no")
print(not L())
